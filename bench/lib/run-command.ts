import { spawn } from 'node:child_process';

export interface CommandOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** Runs a command to its end; resolves with its output, rejects with its output when it fails. */
export function runCommand(command: string, args: string[], options: CommandOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Wall-clock milliseconds of one run of the command. */
export async function timeCommand(command: string, args: string[], options: CommandOptions = {}): Promise<number> {
  const start = performance.now();
  await runCommand(command, args, options);
  return performance.now() - start;
}

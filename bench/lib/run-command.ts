import { spawn } from 'node:child_process';

export interface CommandOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** The command as a reader recognises it, without a long tail of file arguments. */
function shortCommand(command: string, args: string[]): string {
  const words = [command, ...args];
  return words.length > 6 ? `${words.slice(0, 6).join(' ')} …` : words.join(' ');
}

/** The line that says what went wrong: the first one naming an error, else the last one. */
function errorLine(output: string): string {
  const lines = output.trim().split('\n');
  return (lines.find((line) => /error/i.test(line)) ?? lines.at(-1) ?? '').trim();
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
      else
        reject(
          new Error(`${shortCommand(command, args)} exited with ${code}: ${errorLine(output)}\n${output.slice(-4000)}`),
        );
    });
  });
}

/** Wall-clock milliseconds of one run of the command. */
export async function timeCommand(command: string, args: string[], options: CommandOptions = {}): Promise<number> {
  const start = performance.now();
  await runCommand(command, args, options);
  return performance.now() - start;
}

// Finding the `parallax` binary the `parallax.path` setting names, before starting it, so that a
// missing binary gets a clear message instead of a failed spawn.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';

async function isExecutable(file: string): Promise<boolean> {
    try {
        await access(file, constants.X_OK);
        return (await stat(file)).isFile();
    } catch {
        return false;
    }
}

/**
 * The absolute path of `command`, or undefined if it is not an executable file. A bare name is
 * looked up on `PATH`; `~/` is the home folder; another relative path is taken from `base`
 * (the workspace folder).
 */
export async function findExecutable(
    command: string,
    base: string | undefined,
    env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
    const trimmed = command.trim();
    if (trimmed === '') {
        return undefined;
    }
    if (trimmed.startsWith('~/')) {
        const file = path.join(homedir(), trimmed.slice(2));
        return (await isExecutable(file)) ? file : undefined;
    }
    if (trimmed.includes('/') || trimmed.includes(path.sep)) {
        const file = path.resolve(base ?? process.cwd(), trimmed);
        return (await isExecutable(file)) ? file : undefined;
    }
    const suffixes = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
    for (const dir of (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')) {
        for (const suffix of suffixes) {
            const file = path.join(dir, trimmed + suffix);
            if (await isExecutable(file)) {
                return file;
            }
        }
    }
    return undefined;
}

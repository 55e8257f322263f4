import { existsSync } from 'fs';
import { resolve } from 'path';

/** `../shared/corpus`, the genuine pg_dump files some specs read. */
const corpusDir = resolve(__dirname, '../../../shared/corpus');

/**
 * The path of corpus dump `name`. A missing corpus fails the spec (under CI=true and
 * elsewhere) with the way to get it, never a bare ENOENT.
 */
export function corpusPath(name: string): string {
  if (!existsSync(`${corpusDir}/SOURCES.md`)) {
    throw new Error(
      `the shared corpus is missing at ${corpusDir}: check out the steering repo's shared/ folder ` +
        `beside this project (so that ../shared/corpus exists)${process.env.CI === 'true' ? ' — CI requires it' : ''}`,
    );
  }
  return `${corpusDir}/${name}`;
}

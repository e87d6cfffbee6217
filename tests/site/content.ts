import { resolve } from 'node:path';
import { isContentError } from '../../src/lib/content-error.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { readContentFiles } from '../../src/loaders/content-files.ts';
import { validateContent } from '../../src/schemas/validate.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const result = validateContent(readContentFiles(ROOT), { today: todayIso() });
if (isContentError(result)) throw result;

/** The content, read and validated exactly as the build reads it: the tests' expectations derive from it. */
export const { content, registry } = result;

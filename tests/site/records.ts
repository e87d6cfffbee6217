import { resolve } from 'node:path';
import { loadChangeRegistry } from '../../src/integrations/change-records.ts';

/** The change records, read and validated the same way the build reads them. */
export const registry = loadChangeRegistry(resolve(import.meta.dirname, '../..'));
export const records = registry.all();

/**
 * Budgets that hold for the built pages of any site: tests/site/budgets.test.ts
 * checks them over dist/, tests/build/growth.test.ts over a site grown by
 * hundreds of records.
 */
import { PAGE_RAW_BYTES } from '../src/lib/site-check/budgets.ts';

/** No page may grow with the archive past this, raw (issue 14): the build enforces it too (src/lib/site-check/budgets.ts). */
export const PAGE_RAW = PAGE_RAW_BYTES;

/** 1 kB is 1,000 bytes. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

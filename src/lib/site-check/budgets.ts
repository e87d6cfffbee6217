/**
 * What no built page may weigh, raw: long lists are paginated or previewed so
 * that no page grows with the archive past this (issue 14). The build stops on
 * a page over it (src/integrations/site-checks.ts); tests/site/budgets.test.ts
 * holds the other budgets, which depend on how a page loads.
 */
export const PAGE_RAW_BYTES = 100_000;

import { currentContent } from '../loaders/content-index.ts';
import type { SiteData } from '../schemas/validate.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Source } from '../schemas/source.ts';

/** The validated JSON data of content/data/. */
export function siteData(): SiteData {
  return currentContent().content.data;
}

/** A source by id; ids were checked when the content was validated. */
export function source(id: string): Source & { id: string } {
  const found = siteData().sources[id];
  if (!found) throw new Error(`unknown source "${id}": the content validation should have stopped the build`);
  return { ...found, id };
}

/** A chart of content/data/charts.json; MDX chart ids are checked when topics compile. */
export function chart(id: string): Chart {
  const found = siteData().charts[id];
  if (!found)
    throw new Error(`unknown chart "${id}": use one of ${Object.keys(siteData().charts).join(', ')}`);
  return found;
}

/** The registry of every change and advisory, for looking up references. */
export function registry() {
  return currentContent().registry;
}

import { launch } from './scripts/lib/chromium.ts';
import { serve } from './scripts/lib/static-server.ts';
const server = await serve('dist', '/', {});
const browser = await launch();
for (const width of [1024, 1280, 1440])
for (const path of ['releases/11.0/', 'releases/10.3/', 'topics/blkfront/', 'people/royger/', 'topics/dom0/', 'changes/']) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/${path}`);
  await page.addStyleTag({ content: process.env.CSS ?? '' });
  const over = await page.$$eval('.changes-scroll', (all) => all.map((el) => el.scrollWidth - el.clientWidth));
  console.log(width, path, over);
  await context.close();
}
await browser.close();
await server.close();

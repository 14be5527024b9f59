import { createElement, Suspense, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable.ts';

const Title = ({ name }: { name: string }) => createElement('h1', null, name);
const inSuspense = (Page: ComponentType<{ name: string }>) =>
  renderToStaticMarkup(
    createElement(Suspense, { fallback: createElement('p', null, 'loading') }, createElement(Page, { name: 'Concord' })),
  );

describe('preloadable', () => {
  it('draws the component in the first render once preload() has resolved', async () => {
    const Page = preloadable(() => Promise.resolve(Title));
    await Page.preload();
    expect(inSuspense(Page)).toBe('<h1>Concord</h1>');
  });

  it('shows the fallback while its chunk is on the way, and fetches it once for any number of calls', () => {
    let loads = 0;
    const Page = preloadable(() => {
      loads += 1;
      return new Promise<typeof Title>(() => undefined);
    });
    void Page.preload();
    expect(inSuspense(Page)).toBe('<p>loading</p>');
    void Page.preload();
    expect(loads).toBe(1);
  });

  it('tries a failed chunk again on the next call', async () => {
    let loads = 0;
    const Page = preloadable(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Title);
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(loads).toBe(2);
    expect(inSuspense(Page)).toBe('<h1>Concord</h1>');
  });
});

// Controls and docs come from custom-elements.json (written by `npm run analyze`), see stories/manifest.ts.
// Each Docs page shows the embed code for the story's current controls (.storybook/embed-docs.ts).
// A "Page" toolbar switches the page around the story between light and dark, so
// theme="auto" can be seen following the host page.
import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { storybookManifest } from '../stories/manifest.js';
import { storySource } from '../stories/embed-code.js';
import { EmbedDocsPage } from './embed-docs.js';

// Attributes, events, CSS properties, parts and slots of every element, with their
// descriptions, for the Docs pages and Controls; stories/manifest.ts adds the controls'
// kinds (select for union types) and the render from the same manifest.
setCustomElementsManifest(storybookManifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Docs pages add the embed code (script + tag, and iframe) for the current controls;
    // each story's "Show code" shows both versions (stories/embed-code.ts).
    docs: { toc: false, page: EmbedDocsPage, source: { transform: storySource } },
  },
  globalTypes: {
    page: {
      description: 'Page background around the story (theme="auto" follows it)',
      toolbar: {
        title: 'Page',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { page: 'light' },
  decorators: [
    (story, context) =>
      html`<div class="sb-page" data-theme=${context.globals.page === 'dark' ? 'dark' : 'light'}>${story()}</div>`,
  ],
};

export default preview;

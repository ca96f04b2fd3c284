// Controls and docs come from custom-elements.json (written by `npm run analyze`).
// A "Page" toolbar switches the page around the story between light and dark, so
// theme="auto" can be seen following the host page.
import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import manifest from '../custom-elements.json';

type Declaration = {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }[];
  events?: { name: string }[];
};
type Manifest = { modules: { path: string; declarations?: Declaration[] }[] };

/**
 * Elements are registered through `defineElement(tag, ctor)`, which the CEM
 * analyzer does not recognise as `customElements.define`, so the manifest has no
 * `tagName` for them and Storybook would find no argTypes. Until the source
 * says `@tagname` in the class JSDoc, fill in the known tags here; also keep
 * only public API (no private/protected/static members, no `emit()`'s generic
 * `type` "event").
 */
const KNOWN_TAGS: Record<string, string> = { RightsDemocracyMap: 'rights-democracy-map' };

function publicManifest(raw: Manifest): Manifest {
  return {
    ...raw,
    modules: raw.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const tagName = declaration.tagName ?? KNOWN_TAGS[declaration.name];
        if (declaration.kind !== 'class' || !tagName) return declaration;
        const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
        return {
          ...declaration,
          tagName,
          customElement: true,
          members: (declaration.members ?? []).filter(
            (m) => m.kind === 'field' && !m.static && !m.privacy && !attributeFields.has(m.name),
          ),
          events: (declaration.events ?? []).filter((e) => e.name.includes('-')),
        };
      }),
    })),
  };
}

setCustomElementsManifest(publicManifest(manifest as unknown as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: false },
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

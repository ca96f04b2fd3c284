// Stories are built from custom-elements.json (written by `npm run analyze` from the JSDoc
// `@attr`/`@fires`/`@cssprop`/`@csspart` tags and Lit `@property` declarations in src/), so no
// story file retypes an element's attributes, controls or descriptions:
//
// - .storybook/preview.ts hands `storybookManifest` to Storybook (`setCustomElementsManifest`),
//   which lists attributes, events, CSS properties, parts and slots with their descriptions on
//   each Docs page and in Controls, and turns each event into an action arg (`onRightsReady`).
// - `manifestMeta(tag, defaults)` is the rest of a story file's meta: the component (`tag`), what
//   Storybook does not infer, i.e. a control per attribute (a select when the manifest's type is a
//   union of literals, e.g. `'map' | 'table'`, else text), the render function (each non-empty arg
//   set as an attribute, each event bound to its action), and the default args.
// - `loadError(loaders, key)` is the setup of every "Data fails to load" story.
//
// A story file is then `export default { title, ...manifestMeta(tag, defaults) } satisfies
// Meta<ElementArgs>` and its stories (`Story`). The `title`, and each story's `name` and `tags`,
// stay written out in each story file: Storybook's indexer reads them statically (a title it
// cannot read becomes one made from the file name, which changes the story ids), and
// stories/check-stories.mjs reads the `expect-table`, `expect-error` and `expect-notice` tags.
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { ArgTypes, Args, StoryContext, StoryObj } from '@storybook/web-components';
import rawManifest from '../custom-elements.json';

export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}

interface Manifest {
  schemaVersion?: string;
  modules: { kind?: string; path: string; declarations?: Declaration[] }[];
}

/** Story args: one string per attribute ('' or absent: attribute not set), plus the event actions Storybook adds. */
export type ElementArgs = Record<string, string>;

/** A story of a story file whose meta is built by `manifestMeta`. */
export type Story = StoryObj<ElementArgs>;

/**
 * The manifest as Storybook should show it: only public API, i.e. no private, protected or
 * static members, no field that is already listed as an attribute, and no event without a dash
 * (the base class's generic `emit(type)` is documented as an event named `type`).
 */
function publicManifest(raw: Manifest): Manifest {
  return {
    ...raw,
    modules: raw.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (declaration.kind !== 'class' || !declaration.tagName) return declaration;
        const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
        return {
          ...declaration,
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

/** custom-elements.json, public API only: what .storybook/preview.ts passes to `setCustomElementsManifest`. */
export const storybookManifest = publicManifest(rawManifest as Manifest);

const declarations = new Map(
  storybookManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

function declarationOf(tag: string): Declaration {
  const declaration = declarations.get(tag);
  if (!declaration) {
    throw new Error(
      `<${tag}> is not in custom-elements.json: run "npm run analyze", and check that the class has a @tagname (or customElements.define) the analyzer sees.`,
    );
  }
  return declaration;
}

/** The attributes of `tag` as custom-elements.json documents them (name, type, default, description). */
export function attributesOf(tag: string): readonly ManifestItem[] {
  return declarationOf(tag).attributes ?? [];
}

/**
 * Storybook's name for the action arg of an event (`rights-year-change` → `onRightsYearChange`),
 * as @storybook/web-components derives it from the manifest.
 */
export function handlerName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, chr?: string) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/**
 * The values of a union of literal types, e.g. `'map' | 'table'` → `['map', 'table']`; `null` and
 * `undefined` members are skipped. Returns undefined when any member is not a literal
 * (`string`, `number`, a type name): such an attribute gets a text control.
 */
export function unionOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const members = typeText
    .replace(/^\s*\(|\)\s*$/g, '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== '' && member !== 'null' && member !== 'undefined');
  const values = members.map((member) => /^(['"`])(.*)\1$/.exec(member)?.[2] ?? (/^-?\d+(\.\d+)?$/.test(member) ? member : undefined));
  return values.length > 0 && values.every((value) => value !== undefined) ? [...new Set(values as string[])] : undefined;
}

/** A control for every attribute of `tag`; descriptions, types and defaults come from the manifest through Storybook. */
export function argTypesFor(tag: string): Partial<ArgTypes<ElementArgs>> {
  const declaration = declarationOf(tag);
  const argTypes: Partial<ArgTypes<ElementArgs>> = {};
  for (const attribute of declaration.attributes ?? []) {
    const options = unionOptions(attribute.type?.text);
    argTypes[attribute.name] = options
      ? { control: { type: 'select', labels: { '': '(not set)' } }, options: ['', ...options.filter((o) => o !== '')] }
      : { control: 'text' };
  }
  // Properties without an attribute are documented, but the render sets attributes only.
  for (const member of declaration.members ?? []) argTypes[member.name] ??= { control: false };
  return argTypes;
}

/** Sets each non-empty arg as an attribute (removes it when empty) and binds each event to its action arg. */
class ManifestAttributes extends Directive {
  private readonly listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('manifestAttributes() belongs on an element: <x-y ${...}>');
  }

  render(_declaration: Declaration, _args: Args): unknown {
    return noChange;
  }

  override update(part: ElementPart, [declaration, args]: [Declaration, Args]): unknown {
    const element = part.element;
    for (const { name } of declaration.attributes ?? []) {
      const value: unknown = args[name];
      if (value === undefined || value === null || value === '') element.removeAttribute(name);
      else element.setAttribute(name, String(value));
    }
    for (const { name } of declaration.events ?? []) {
      const handler: unknown = args[handlerName(name)];
      const listener = typeof handler === 'function' ? (handler as EventListener) : undefined;
      const previous = this.listeners.get(name);
      if (previous === listener) continue;
      if (previous) element.removeEventListener(name, previous);
      if (listener) {
        element.addEventListener(name, listener);
        this.listeners.set(name, listener);
      } else this.listeners.delete(name);
    }
    return noChange;
  }
}

const manifestAttributes = directive(ManifestAttributes);
const staticTags = new Map<string, StaticValue>();

/**
 * `<tag>` with its attributes from `args`. An arg that is neither an attribute nor an event
 * action of `tag` in the manifest is an error (a typo, or an attribute that was renamed).
 */
export function renderElement(tag: string, args: Args): TemplateResult {
  const declaration = declarationOf(tag);
  const known = new Set([
    ...(declaration.attributes ?? []).map((a) => a.name),
    ...(declaration.events ?? []).map((e) => handlerName(e.name)),
  ]);
  const unknown = Object.keys(args).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`<${tag}> has no attribute ${unknown.map((k) => `"${k}"`).join(', ')} in custom-elements.json.`);
  let name = staticTags.get(tag);
  if (!name) staticTags.set(tag, (name = unsafeStatic(tag)));
  return staticHtml`<${name} ${manifestAttributes(declaration, args)}></${name}>`;
}

type RenderContext = Pick<StoryContext<ElementArgs>, 'component'>;

/** The meta's `component` in a wide column (the default render of every chart story). */
export const wide = (args: Args, { component }: RenderContext): TemplateResult =>
  html`<div class="sb-wide">${renderElement(component!, args)}</div>`;

/** The meta's `component` in a phone-width column (320px): the render of the "Narrow (320px)" stories. */
export const narrow = (args: Args, { component }: RenderContext): TemplateResult =>
  html`<div class="sb-narrow">${renderElement(component!, args)}</div>`;

/**
 * The meta of the stories of `tag` but for its `title` (spread into the meta after the title):
 * `tag` as the component, its controls, the render and the default args. Every attribute starts
 * as '' (not set) unless `defaults` gives it.
 */
export function manifestMeta(tag: string, defaults: ElementArgs = {}) {
  const blank = Object.fromEntries((declarationOf(tag).attributes ?? []).map((a) => [a.name, '']));
  return { component: tag, argTypes: argTypesFor(tag), render: wide, args: { ...blank, ...defaults } };
}

/**
 * The setup of a "Data fails to load" story (spread it after the story's literal `name` and
 * `tags`): `beforeEach` makes `loaders[key]` reject once and then puts the real loader back, so
 * the element's "Try again" button (and every other story) loads the real data; leaving the
 * story restores it too, in case nothing called it.
 *
 * A Docs page renders all of a component's stories in one frame sharing one `loaders` object,
 * so a failing loader set there fails whichever chart asks next: the first story, at the top of
 * the page, showed "could not be loaded" on every component's Docs page while this story drew
 * its chart (issue #14; stories/check-stories.mjs now opens every Docs page and fails on that).
 * Hence the story is shown in its own iframe there (`docs.story.inline: false`, where it runs
 * with viewMode "story"), and `beforeEach` leaves the loaders alone whenever it does run in a
 * Docs frame, so no setting of `inline` can break the other charts of the page again.
 */
export function loadError<L extends Record<K, () => Promise<unknown>>, K extends keyof L>(loaders: L, key: K) {
  return {
    beforeEach: ({ viewMode }: Pick<StoryContext<ElementArgs>, 'viewMode'>) => {
      if (viewMode === 'docs') return undefined;
      const original = loaders[key];
      loaders[key] = (() => {
        loaders[key] = original;
        return Promise.reject(new Error('Simulated network failure (story "Data fails to load")'));
      }) as L[K];
      return () => {
        loaders[key] = original;
      };
    },
    parameters: { docs: { story: { inline: false, height: '560px' } } },
  };
}

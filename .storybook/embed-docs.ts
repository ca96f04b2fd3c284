// Every component's Docs page: Storybook's usual page (title, description, first story,
// controls, the other stories) with an "Embed code" section under the first story. It shows the
// code for the story's current controls twice, each block with its own copy button: the script
// and the tag, and the iframe (dist/frame.html). The code is built in stories/embed-code.ts; each
// story's own "Show code" shows both versions too (docs.source.transform in preview.ts).
// Written with createElement, as .storybook has no JSX build step of its own.
import { createElement as h, Fragment, type ReactElement } from 'react';
import { Controls, Description, Heading, Markdown, Primary, Source, Stories, Subheading, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { DIST_URL, iframeSource, scriptSource } from '../stories/embed-code.js';

const INTRO = `Copy one of these into a page; both follow the controls below and leave out attributes at their default value. \
\`${DIST_URL}\` stands for the address where you put a copy of the library's \`dist/\` folder (made by \`npm run build\`): \
your own site, or a CDN that sends \`Access-Control-Allow-Origin\`. See the README's "Embed on a partner site" and "Embed without a script".`;

const SCRIPT_NOTE = `One script per page, however many charts it holds; the tag goes where the chart should be.`;

const IFRAME_NOTE = `For pages that cannot add a script tag (many CMS editors). The second line is optional: it keeps the iframe \
as tall as the chart. Without it the iframe keeps the height given, the tallest this chart measures with default settings \
between 360 and 1000 px wide; other settings (a table view, another language) may need more.`;

function EmbedCode(): ReactElement {
  return h(
    Fragment,
    null,
    h(Heading, null, 'Embed code'),
    h(Markdown, null, INTRO),
    h(Subheading, null, 'With the script'),
    h(Markdown, null, SCRIPT_NOTE),
    h(Source, { transform: scriptSource, language: 'html', dark: false }),
    h(Subheading, null, 'Without a script: an iframe'),
    h(Markdown, null, IFRAME_NOTE),
    h(Source, { transform: iframeSource, language: 'html', dark: false }),
  );
}

/** Storybook's default Docs page with the embed code after the first story. */
export function EmbedDocsPage(): ReactElement {
  const { csfFile } = useOf('meta', ['meta']);
  const single = Object.keys(csfFile.stories).length === 1;
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description, { of: 'meta' }),
    single ? h(Description, { of: 'story' }) : null,
    h(Primary),
    h(EmbedCode),
    h(Controls),
    single ? null : h(Stories),
  );
}

import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import { defaultProfile } from '../../../src/engine/index.js';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.js';
import { $, $$, captureDownloads, choose, field, render, resultCard, settled, text, typeInto, typeStartDate } from '../helpers.js';
import { LANGUAGES, nextThirdOfDecember, root, speaking, type Language } from './i18n-helpers.js';

const heading = (el: Element) => text($(el, 'h2'));
/** The checker's heading in each language, from the one table of what each language must show. */
const CHECKER_IN = Object.fromEntries(Object.entries(LANGUAGES).map(([code, words]) => [code, words.checkerHeading])) as Record<Language, string>;

/** Runs a test with `<html lang>` set (or removed), and puts it back. */
async function withPageLanguage(lang: string | null, run: () => Promise<void>): Promise<void> {
  const html = document.documentElement;
  const original = html.getAttribute('lang');
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  try {
    await run();
  } finally {
    if (original === null) html.removeAttribute('lang');
    else html.setAttribute('lang', original);
  }
}

/** A real language the widgets do not speak (yet): the first of these not in the list. */
const UNSHIPPED = ['fr', 'de', 'it', 'nl', 'pt'].find((code) => !(LANGUAGE_CODES as readonly string[]).includes(code))!;

describe('which language a widget speaks', () => {
  const cases: [tag: string, speaks: keyof typeof CHECKER_IN][] = [
    ['cy-GB', 'cy'],
    ['CY', 'cy'],
    ['es-MX', 'es'],
    ['en', 'en-GB'],
    ['en-US', 'en-GB'],
    [UNSHIPPED, 'en-GB'],
    ['not a language!', 'en-GB'],
  ];
  for (const [tag, speaks] of cases) {
    it(`lang="${tag}" speaks ${speaks}`, async () => {
      const el = await render(html`<b12-cofactor-checker lang=${tag}></b12-cofactor-checker>`);
      await speaking(el, speaks);
      expect(heading(el)).to.equal(CHECKER_IN[speaks]);
    });
  }

  it('en-US keeps English words but writes dates the American way', async () => {
    const el = await render(html`<b12-treatment-plan lang="en-US"></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeStartDate(el, nextThirdOfDecember());
    expect(text($$(el, '.schedule__entry')[0])).to.match(/December 3, \d{4}/);
  });

  it('takes the nearest ancestor’s lang when it has none of its own', async () => {
    const wrapper = await fixture(
      html`<div lang="pl">
        <section lang="es"><b12-cofactor-checker></b12-cofactor-checker></section>
      </div>`,
    );
    const el = wrapper.querySelector('b12-cofactor-checker')!;
    await speaking(el, 'es');
    expect(heading(el)).to.equal(CHECKER_IN.es);
  });

  it('prefers its own lang to an ancestor’s', async () => {
    const wrapper = await fixture(html`<div lang="pl"><b12-cofactor-checker lang="ro"></b12-cofactor-checker></div>`);
    const el = wrapper.querySelector('b12-cofactor-checker')!;
    await speaking(el, 'ro');
  });

  it('takes <html lang> when nothing nearer has one', async () => {
    await withPageLanguage('cy', async () => {
      const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
      await speaking(el, 'cy');
    });
  });

  it('speaks en-GB when the page says nothing', async () => {
    await withPageLanguage(null, async () => {
      const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
      await speaking(el, 'en-GB');
      expect(heading(el)).to.equal(CHECKER_IN['en-GB']);
    });
  });
});

describe('changing language at run time', () => {
  it('re-renders when the element’s lang changes, keeping what the person typed', async () => {
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'folate'), '12.5');
    el.setAttribute('lang', 'cy');
    await speaking(el, 'cy');
    expect(heading(el)).to.equal(CHECKER_IN.cy);
    expect(field(el, 'folate').value).to.equal('12.5');
    expect(text(resultCard(el, 'folate'))).to.include('Y lefel orau');
  });

  it('re-renders when an ancestor’s or the page’s lang changes', async () => {
    const wrapper = await fixture(html`<div><b12-treatment-plan></b12-treatment-plan></div>`);
    const el = wrapper.querySelector('b12-treatment-plan')!;
    await speaking(el, 'en-GB');
    wrapper.setAttribute('lang', 'ro');
    await speaking(el, 'ro');
    wrapper.removeAttribute('lang');
    await withPageLanguage('pl', async () => {
      await speaking(el, 'pl');
    });
    await speaking(el, 'en-GB');
  });

  it('switches between loaded languages at once, with no frame of fallback content', async () => {
    const el = await render(html`<b12-cofactor-checker lang="es"><p>Fallback</p></b12-cofactor-checker>`);
    await speaking(el, 'es');
    el.setAttribute('lang', 'en-GB');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(root(el)?.lang).to.equal('en-GB');
    el.setAttribute('lang', 'es');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(root(el)?.lang).to.equal('es');
  });
});

describe('several languages on one page', () => {
  it('a Welsh and an English widget side by side each keep their own language', async () => {
    const page = await fixture(
      html`<div>
        <b12-cofactor-checker lang="cy"></b12-cofactor-checker>
        <b12-cofactor-checker lang="en-GB"></b12-cofactor-checker>
      </div>`,
    );
    const [welsh, english] = page.querySelectorAll('b12-cofactor-checker');
    await speaking(welsh, 'cy');
    await speaking(english, 'en-GB');
    await typeInto(welsh, field(welsh, 'folate'), '2');
    await typeInto(english, field(english, 'folate'), '2');
    expect(text(resultCard(welsh, 'folate'))).to.include('Diffygiol');
    expect(text(resultCard(english, 'folate'))).to.include('Deficient');
    expect(heading(english)).to.equal(CHECKER_IN['en-GB']);
  });
});

describe('a custom profile’s own words, per language', () => {
  const profile = {
    ...structuredClone(defaultProfile),
    texts: { 'iron-supplement': { 'en-GB': 'Our nurses can advise on iron.', cy: 'Gall ein nyrsys roi cyngor am haearn.' } },
  };

  for (const [lang, expected] of [
    ['cy', 'Gall ein nyrsys roi cyngor am haearn.'],
    ['cy-GB', 'Gall ein nyrsys roi cyngor am haearn.'],
    ['es', 'Our nurses can advise on iron.'],
  ] as const) {
    it(`in ${lang}: ${expected}`, async () => {
      const el = await render(html`<b12-cofactor-checker lang=${lang} .profile=${profile}></b12-cofactor-checker>`);
      await speaking(el, lang === 'es' ? 'es' : 'cy');
      await typeInto(el, field(el, 'ferritin'), '40');
      await settled(el);
      expect(text(resultCard(el, 'ferritin'))).to.include(expected);
    });
  }
});

describe('the calendar file in the reader’s language', () => {
  it('titles the .ics file and each injection in Welsh', async () => {
    const el = await render(html`<b12-treatment-plan lang="cy"></b12-treatment-plan>`);
    await speaking(el, 'cy');
    await choose(el, 'cause-autoimmune-gastritis');
    await choose(el, 'neurological-no');
    await typeStartDate(el, nextThirdOfDecember());
    const { files: saved } = captureDownloads(() =>
      $$<HTMLButtonElement>(el, '.actions button')
        .find((b) => text(b).startsWith('Ychwanegu at galendr'))!
        .click(),
    );
    const ics = (await saved[0].text()).replace(/\r\n[ \t]/g, '');
    expect(ics).to.match(/^X-WR-CALNAME:Pigiadau B12$/m);
    expect(ics).to.include('SUMMARY;LANGUAGE=cy:Pigiad B12\\, 1\\,000 microgram');
  });
});

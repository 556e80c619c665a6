// The frame page's address (src/frame/frame-choices.ts), its height message
// (frame-height.ts) and the builder's frame snippet (src/embed/frame-snippet.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultChoices } from '../../src/embed/snippet-for.js';
import { frameSnippet, sandboxFor } from '../../src/embed/frame-snippet.js';
import { readFrameChoices } from '../../src/frame/frame-choices.js';
import { FRAME_HEIGHT_MESSAGE, frameHeightOf } from '../../src/frame/frame-height.js';

const FRAME = 'https://widgets.example.nhs.uk/b12-widgets/frame/index.html';
const read = (query: string) => readFrameChoices(new URL(`${FRAME}?${query}`));

describe('the frame page reads its address', () => {
  it('takes a widget by its name or its tag, and passes the attributes the widget checks itself', () => {
    for (const name of ['cofactor-checker', 'b12-cofactor-checker']) {
      const choices = read(`widget=${name}&mode=guide&units=folate:nmol/L&heading-level=3`);
      assert.ok(!('problem' in choices));
      assert.equal(choices.widget.tag, 'b12-cofactor-checker');
      assert.deepEqual(choices.attributes, [
        ['mode', 'guide'],
        ['units', 'folate:nmol/L'],
        ['heading-level', '3'],
      ]);
      assert.deepEqual(choices.problems, []);
      assert.equal(choices.language, undefined);
    }
  });

  it('says which widgets there are when the address names none, or one that is not there', () => {
    assert.deepEqual(read(''), { problem: 'This frame’s address names no widget. Add ?widget= and one of cofactor-checker, treatment-plan, symptom-diary.' });
    assert.deepEqual(read('widget=checker'), { problem: 'This frame has no widget called "checker". Use widget=cofactor-checker, widget=treatment-plan, widget=symptom-diary.' });
  });

  it('loads a language’s own file only for a language the widgets speak, and passes any other tag on', () => {
    const welsh = read('widget=treatment-plan&lang=cy');
    assert.ok(!('problem' in welsh));
    assert.equal(welsh.language, 'cy');
    assert.deepEqual(welsh.attributes, [['lang', 'cy']]);
    const french = read('widget=treatment-plan&lang=fr-CA');
    assert.ok(!('problem' in french));
    assert.equal(french.language, undefined, 'the file that follows the page, which speaks English for French');
    assert.deepEqual(french.attributes, [['lang', 'fr-CA']]);
  });

  it('refuses what is not a language tag, a profile from elsewhere and settings it does not read, in words for the editor', () => {
    const choices = read(new URLSearchParams({ widget: 'symptom-diary', lang: '"><script>', units: 'folate:nmol/L', 'profile-src': '//other.example/profile.json', colour: 'red' }).toString());
    assert.ok(!('problem' in choices));
    assert.deepEqual(choices.attributes, [], 'the diary reads no units; nothing refused is passed on');
    assert.equal(choices.problems.length, 3);
    assert.match(choices.problems[0], /^The setting "colour" is not one this frame reads/);
    assert.match(choices.problems[1], /^""><script>" is not a language tag, so the widget speaks English/);
    assert.match(choices.problems[2], /^The profile "\/\/other\.example\/profile\.json" is not on this frame’s own site \(https:\/\/widgets\.example\.nhs\.uk\)/);
  });

  it('takes a profile from its own site, by path, and never a javascript: or data: address', () => {
    const own = read('widget=cofactor-checker&profile-src=../profiles/our-lab.json');
    assert.ok(!('problem' in own));
    assert.deepEqual(own.attributes, [['profile-src', '/b12-widgets/profiles/our-lab.json']]);
    for (const address of ['javascript:alert(1)', 'data:application/json,{}', 'https://widgets.example.nhs.uk.evil.example/p.json']) {
      const choices = read(new URLSearchParams({ widget: 'cofactor-checker', 'profile-src': address }).toString());
      assert.ok(!('problem' in choices));
      assert.deepEqual(choices.attributes, [], address);
      assert.equal(choices.problems.length, 1, address);
    }
  });

  it('passes on what the page does not allow, for the widget to check and say', () => {
    const choices = read('widget=treatment-plan&unavailable=print downloads');
    assert.ok(!('problem' in choices));
    assert.deepEqual(choices.attributes, [['unavailable', 'print downloads']]);
  });

  it('passes on at most 200 characters of a value, and quotes at most 60 of it', () => {
    const choices = read(`widget=cofactor-checker&heading-level=${'9'.repeat(5000)}&lang=${'x'.repeat(5000)}`);
    assert.ok(!('problem' in choices));
    assert.deepEqual(choices.attributes, [['heading-level', '9'.repeat(200)]]);
    assert.ok(choices.problems[0].length < 200, choices.problems[0]);
  });
});

describe('the frame’s height message', () => {
  it('is a number of pixels, rounded up, and nothing else is taken for one', () => {
    assert.equal(frameHeightOf({ type: FRAME_HEIGHT_MESSAGE, height: 812.2 }), 813);
    for (const data of [
      { type: FRAME_HEIGHT_MESSAGE, height: -1 },
      { type: FRAME_HEIGHT_MESSAGE, height: 0 },
      { type: FRAME_HEIGHT_MESSAGE, height: Number.NaN },
      { type: FRAME_HEIGHT_MESSAGE, height: 1e9 },
      { type: FRAME_HEIGHT_MESSAGE, height: '900' },
      { type: 'other', height: 900 },
      null,
      'b12-widgets:frame-height',
      900,
    ]) {
      assert.equal(frameHeightOf(data), undefined, JSON.stringify(data));
    }
  });
});

describe('the builder’s frame', () => {
  it('carries the choices in its address with what its sandbox does not allow, a title, lazy loading and the sandbox for the features ticked', () => {
    const choices = { ...defaultChoices('b12-cofactor-checker', 'guide', 'cy'), base: 'https://widgets.example.nhs.uk/b12-widgets/' };
    assert.deepEqual(frameSnippet(choices, ['downloads']), {
      frame:
        '<iframe src="https://widgets.example.nhs.uk/b12-widgets/frame/index.html?widget=cofactor-checker&amp;mode=guide&amp;lang=cy&amp;unavailable=print" title="B12 cofactor checker" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" width="100%" height="800" style="border: 0"></iframe>',
      listener: '<script src="https://widgets.example.nhs.uk/b12-widgets/frame/listen.js"></script>',
    });
    assert.equal(sandboxFor(['print', 'downloads']), 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals');
    assert.equal(sandboxFor([]), 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  });
});

import { expect, html } from '@open-wc/testing';
import '../../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, render, text } from '../helpers.js';
import type { LanguageCode } from '../../../src/i18n/languages.js';
import { speaking } from '../i18n/i18n-helpers.js';
import { importDiary, keepingKnown, threeCycleDiary } from './diary-helpers.js';

/** What the diary must say in each shipped language, written out by hand from its XLIFF file. */
const DIARY_WORDS = {
  'en-GB': {
    heading: 'Your symptom diary',
    summary: 'In your last 3 cycles, you recorded your symptoms as clearly worse again from day 52 to day 60 after an injection.',
    gap: 'The usual gap between your injections is 91 days.',
    severe: 'Severe',
    firstDate: '5 January 2026',
    dir: 'ltr',
  },
  cy: {
    heading: 'Eich dyddiadur symptomau',
    summary: 'Yn eich 3 cylch diwethaf, fe wnaethoch gofnodi bod eich symptomau’n amlwg yn waeth eto o ddiwrnod 52 i ddiwrnod 60 ar ôl pigiad.',
    gap: 'Y bwlch arferol rhwng eich pigiadau yw 91 diwrnod.',
    severe: 'Difrifol',
    firstDate: '5 Ionawr 2026',
    dir: 'ltr',
  },
  es: {
    heading: 'Su diario de síntomas',
    summary: 'En sus últimos 3 ciclos, registró que sus síntomas empeoraron claramente de nuevo del día 52 al día 60 después de una inyección.',
    gap: 'El intervalo habitual entre sus inyecciones es de 91 días.',
    severe: 'Grave',
    firstDate: '5 de enero de 2026',
    dir: 'ltr',
  },
  pl: {
    heading: 'Twój dzienniczek objawów',
    summary: 'W ostatnich 3 cyklach zapisano wyraźne ponowne pogorszenie objawów od 52. do 60. dnia po zastrzyku.',
    gap: 'Zwykła przerwa między Twoimi zastrzykami to 91 dni.',
    severe: 'Ciężkie',
    firstDate: '5 stycznia 2026',
    dir: 'ltr',
  },
  ro: {
    heading: 'Jurnalul dumneavoastră de simptome',
    summary: 'În ultimele 3 cicluri, ați înregistrat o înrăutățire clară a simptomelor din ziua 52 până în ziua 60 după o injecție.',
    gap: 'Intervalul obișnuit dintre injecțiile dumneavoastră este de 91 de zile.',
    severe: 'Sever',
    firstDate: '5 ianuarie 2026',
    dir: 'ltr',
  },
  ur: {
    heading: 'آپ کی علامات کی ڈائری',
    summary: 'آپ کے پچھلے 3 چکروں میں آپ نے اپنی علامات کو انجیکشن کے بعد دن 52 سے دن 60 تک دوبارہ واضح طور پر بدتر درج کیا۔',
    gap: 'آپ کے انجیکشنز کے درمیان عام وقفہ 91 دن ہے۔',
    severe: 'شدید',
    firstDate: '5 جنوری، 2026',
    dir: 'rtl',
  },
} as const satisfies Record<LanguageCode, { dir: 'ltr' | 'rtl' } & Record<string, string>>;

describe('<b12-symptom-diary> in every shipped language', () => {
  for (const [language, words] of Object.entries(DIARY_WORDS)) {
    it(`${language}: its words, plural forms, dates and direction, and no English left`, async () => {
      const frame = await render<HTMLElement>(html`<div style="width: 320px"><b12-symptom-diary lang=${language} .today=${'2026-11-26'}></b12-symptom-diary></div>`);
      const el = frame.firstElementChild as B12SymptomDiary;
      await speaking(el, language);
      await keepingKnown(el);
      await importDiary(el, threeCycleDiary());
      expect(text($(el, 'h2'))).to.equal(words.heading);
      expect($(el, '.root')!.getAttribute('dir')).to.equal(words.dir);
      expect($$(el, '.summary__sentence').map(text)).to.deep.equal([words.summary, words.gap]);
      expect(text($(el, '.diary-table tbody th'))).to.equal(words.firstDate);
      expect($$(el, '.level label').map(text)).to.include(words.severe);
      // At 320 px each choice keeps its word whole, on one line.
      const broken = $$(el, '.level label').filter((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      });
      expect(broken.map(text)).to.deep.equal([]);
      if (language !== 'en-GB') {
        // Every word on screen is in the language, apart from names, sources and the person's own entries.
        const english = ['Your symptom diary', 'Keep my diary', 'How do you feel', 'Save check-in', 'Add injection', 'What your diary shows', 'Worse again', 'Your entries', 'Delete'];
        const shown = text($(el, '.root'));
        for (const phrase of english) expect(shown.includes(phrase), `"${phrase}" in ${language}`).to.equal(false);
      }
    });
  }
});

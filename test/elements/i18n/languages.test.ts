import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import '../../../src/symptom-diary.js';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, choose, field, render, resultCard, settled, text, typeInto, typeStartDate } from '../helpers.js';
import { LANGUAGES, nextThirdOfDecember, root, speaking, type Language } from './i18n-helpers.js';

const heading = (el: Element) => text($(el, 'h1, h2, h3, h4, h5, h6'));

describe('every shipped language', () => {
  for (const [language, words] of Object.entries(LANGUAGES) as [Language, (typeof LANGUAGES)[Language]][]) {
    describe(language, () => {
      it('the checker speaks it, writes numbers its way and runs in its direction', async () => {
        const el = await render(html`<b12-cofactor-checker lang=${language}></b12-cofactor-checker>`);
        await speaking(el, language);
        expect(heading(el)).to.equal(words.checkerHeading);
        expect(root(el)!.dir).to.equal(words.dir);

        await typeInto(el, field(el, 'folate'), `2${words.decimal}5`);
        const card = resultCard(el, 'folate');
        expect(text(card)).to.include(words.deficient);
        expect(text(card)).to.include(`2${words.decimal}5`);
        expect(field(el, 'folate').value).to.equal(`2${words.decimal}5`);
      });

      it('the plan speaks it, with its month names and plural forms', async () => {
        const el = await render(html`<b12-treatment-plan lang=${language}></b12-treatment-plan>`);
        await speaking(el, language);
        expect(heading(el)).to.equal(words.planHeading);
        expect(root(el)!.dir).to.equal(words.dir);

        await choose(el, 'cause-autoimmune-gastritis');
        await choose(el, 'neurological-no');
        await typeStartDate(el, nextThirdOfDecember());
        expect(text($(el, '.phase--loading'))).to.include(words.loading);
        expect(text($$(el, '.schedule__entry')[0])).to.include(words.december);
      });
    });
  }

  it('uses every plural form a language has: Welsh mutates after two', async () => {
    const el = await render(html`<b12-treatment-plan lang="cy"></b12-treatment-plan>`);
    await speaking(el, 'cy');
    await choose(el, 'cause-autoimmune-gastritis');
    await choose(el, 'neurological-yes');
    expect(text($(el, '.phase--neurological-loading'))).to.include('Un pigiad bob 2 ddiwrnod.');
  });

  it('answers each Welsh question with its own verb, not one word for "yes"', async () => {
    const el = await render(html`<b12-treatment-plan lang="cy"></b12-treatment-plan>`);
    await speaking(el, 'cy');
    const label = (id: string) => text($(el, `label[for="${id}"]`));
    expect([label('neurological-yes'), label('neurological-no')]).to.deep.equal(['Oes', 'Nac oes']);
    // Pregnancy has answers of its own words, not yes and no: breastfeeding is not pregnancy.
    expect([label('pregnant-yes'), label('pregnant-breastfeeding'), label('pregnant-no')]).to.deep.equal(['Yn feichiog neu’n bwriadu beichiogi', 'Bwydo ar y fron', 'Dim un o’r rhain']);
    expect([label('folateLow-yes'), label('folateLow-no')]).to.deep.equal(['Ydy', 'Nac ydy']);
  });

  it('uses every plural form a language has: Polish says "3 miesiące" but "1 miesiąc"', async () => {
    const el = await render(html`<b12-treatment-plan lang="pl"></b12-treatment-plan>`);
    await speaking(el, 'pl');
    await choose(el, 'cause-autoimmune-gastritis');
    await choose(el, 'neurological-no');
    expect(text($(el, '.phase--maintenance'))).to.include('Jeden zastrzyk co 3 miesiące.');
  });

  it('translates warnings, with figures in the language’s number format', async () => {
    const el = await render(html`<b12-cofactor-checker lang="es"></b12-cofactor-checker>`);
    await speaking(el, 'es');
    await typeInto(el, field(el, 'ferritin'), '40');
    expect(text(resultCard(el, 'ferritin'))).to.include('La ferritina puede parecer normal con el hierro bajo');
    expect(text(resultCard(el, 'ferritin'))).to.include('hasta unos 100 µg/L');
  });

  it('translates the guide table and the treatment table', async () => {
    const guide = await render(html`<b12-cofactor-checker mode="guide" lang="ro"></b12-cofactor-checker>`);
    await speaking(guide, 'ro');
    expect(text($(guide, 'table'))).to.include('Analiză de sânge');
    const table = await render(html`<b12-treatment-plan mode="table" lang="cy"></b12-treatment-plan>`);
    await speaking(table, 'cy');
    expect(text($(table, 'table'))).to.include('Gyda symptomau nerfau');
  });

  it('speaks to screen readers in the language', async () => {
    const el = await render(html`<b12-cofactor-checker lang="pl"></b12-cofactor-checker>`);
    await speaking(el, 'pl');
    await typeInto(el, field(el, 'folate'), '15');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(text($(el, '[role="status"]'))).to.equal('Foliany (witamina B9): Optymalny.');
  });

  it('gives the editor’s notice in the page’s language', async () => {
    const el = await render(html`<b12-cofactor-checker lang="es" mode="grid"></b12-cofactor-checker>`);
    await speaking(el, 'es');
    expect(text($(el, '.editor-notice'))).to.include('Para el editor de esta página');
    expect(text($(el, '.editor-notice'))).to.include('El atributo mode es "grid"');
  });
});

describe('urgent words stay instructions in translation', () => {
  it('Welsh commands "get treatment" and "get help" (Mynnwch…, ceisiwch…), never "you will get" (cewch)', async () => {
    const el = await render(html`<b12-treatment-plan lang="cy"></b12-treatment-plan>`);
    await speaking(el, 'cy');
    await choose(el, 'cause-nitrous-oxide');
    await choose(el, 'neurological-yes');
    const neurological = text($(el, '[data-warning="neurological-urgent"]'));
    expect(neurological).to.include('Mynnwch driniaeth ar frys').and.include('ceisiwch help brys yr un diwrnod').and.include('ffoniwch 999');
    const nitrous = text($(el, '[data-warning="nitrous-oxide"]'));
    expect(nitrous).to.include('mynnwch gael eich archwilio ar frys').and.include('yn atal B12 rhag gweithio');
    expect(`${neurological} ${nitrous}`).not.to.match(/\bcewch\b/i);
  });

  it('Urdu keeps "dose" (خوراک) and "diet" (غذا) apart', async () => {
    const el = await render(html`<b12-treatment-plan lang="ur"></b12-treatment-plan>`);
    await speaking(el, 'ur');
    expect(text($(el, 'label[for="cause-diet"]'))).to.equal('میری غذا');
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    expect(text($(el, '.phase--maintenance'))).to.include('جب تک آپ کی غذا سے آپ کو کافی B12 نہیں ملتا');
    expect(text($(el, '.phase--maintenance'))).not.to.include('آپ کی خوراک سے');
  });

  it('Urdu gives the diary’s safety line and urgent words as instructions', async () => {
    const el = await render(html`<b12-symptom-diary lang="ur"></b12-symptom-diary>`);
    await speaking(el, 'ur');
    expect(text($(el, '.safety-line')))
      .to.include('اگلے انجیکشن کا انتظار نہ کریں')
      .and.include('آج ہی اپنے جی پی سے رابطہ کریں یا 111 پر کال کریں');
  });
});

import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/treatment-plan.js';
import type { B12TreatmentPlan } from '../../../src/treatment-plan.js';
import type { TreatmentPlan } from '../../../src/engine/index.js';
import { $, $$, choose, isShown, phaseIds, render, text, expectAbsent } from '../helpers.js';

const planElement = (template = html`<b12-treatment-plan></b12-treatment-plan>`) => render<B12TreatmentPlan>(template);
const phaseText = (el: Element, id: string) => text($(el, `.phase[data-phase="${id}"]`));
const warningIds = (el: Element) => $$(el, '.plan [data-warning]').map((w) => w.dataset.warning);

describe('<b12-treatment-plan>: questions and plan', () => {
  it('asks the questions in plain words, with "I do not know yet" and a list of nerve symptoms', async () => {
    const el = await planElement();
    expect($$(el, 'legend').map(text)).to.deep.equal([
      'What is causing your low B12?',
      'Do you have problems with your nerves, memory or balance?',
      'Are you pregnant, planning a pregnancy or breastfeeding?',
      'Has a blood test shown that your folate is low?',
      'When is your first injection?',
    ]);
    expect(text($(el, 'label[for="cause-unknown"]'))).to.equal('I do not know yet');
    expect(text($(el, '#neurological-hint')))
      .to.include('pins and needles')
      .and.include('memory problems');
    expect(text($(el, '.placeholder'))).to.equal('Answer the first two questions to see your plan.');
  });

  it('shows loading then maintenance for pernicious anaemia without nerve symptoms, with sources', async () => {
    const el = await planElement();
    await choose(el, 'cause-autoimmune-gastritis');
    await choose(el, 'neurological-no');
    expect(phaseText(el, 'loading')).to.include('Hydroxocobalamin 1,000 micrograms, by injection into a muscle.').and.include('6 injections over 2 weeks.');
    expect(phaseText(el, 'maintenance')).to.include('One injection every 3 months.').and.include('Guidance allows every 2 to 3 months').and.include('For the rest of your life.');
    expect(text($(el, '.phase[data-phase="loading"] .sources')))
      .to.include('The B12 Society')
      .and.include('BNF: Hydroxocobalamin');
  });

  it('gives the nerve-symptom regimen and explains "until no further improvement"', async () => {
    const el = await planElement();
    await choose(el, 'cause-malabsorption');
    await choose(el, 'neurological-yes');
    expectAbsent($(el, '.phase[data-phase="loading"]'), 'the loading phase');
    const loading = phaseText(el, 'neurological-loading');
    expect(loading).to.include('One injection every 2 days.').and.include('until no further improvement').and.include('you and your clinician decide');
    expect(phaseText(el, 'maintenance')).to.include('One injection every 2 months.');
    expect(warningIds(el)).to.deep.equal(['neurological-urgent']);
  });

  it('plans "not sure" about nerve symptoms as yes, and says so', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-not-sure');
    expect(phaseIds(el)).to.deep.equal(['neurological-loading', 'maintenance']);
    expect(warningIds(el)).to.deep.equal(['neurological-urgent']);
    expect(text($(el, '#neurological-not-sure-hint'))).to.include('assume yes, to be safe');
  });

  it('describes a daily tablet for a diet cause without nerve symptoms', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    expect(phaseText(el, 'maintenance')).to.include('Cyanocobalamin 50 to 150 micrograms, as a tablet.').and.include('Every day.').and.include('does not give you enough B12');
    expectAbsent($(el, '.support-group'), 'a support-group note');
  });

  it('labels each piece of advice with whose position it is: reviewing the dose and frequency is NG239’s alone', async () => {
    const el = await planElement();
    await choose(el, 'cause-medication');
    await choose(el, 'neurological-no');
    const box = $(el, '.plan-advice')!;
    const review = box.querySelector('[data-advice="maintenance-review-frequency"]')!;
    expect(text(review.querySelector('.advice__words')))
      .to.include("The medicine's licence allows an injection every 2 months")
      .and.include('Ask your GP to review your treatment');
    expect(text(review.querySelector('.position'))).to.equal('national guidance');
    expectAbsent(box.querySelector('[data-advice="maintenance-more-often"]'), 'advice credited to the support group without its own words');
    expect(text(box.querySelector('[data-advice="follow-up-varies"] .position'))).to.equal('support group position');
    expect(text(box.querySelector('.sources')))
      .to.include('The B12 Society: Treatment')
      .and.include('NICE guideline NG239');
  });

  it('offers tablets as an alternative for malabsorption without nerve symptoms', async () => {
    const el = await planElement();
    await choose(el, 'cause-malabsorption');
    await choose(el, 'neurological-no');
    expect(text($(el, '.alternatives')))
      .to.include('If you prefer tablets')
      .and.include('Cyanocobalamin 1,000 micrograms');
  });

  it('shows every warning the engine returns, prominently, urgent first', async () => {
    const el = await planElement();
    await choose(el, 'cause-nitrous-oxide');
    await choose(el, 'neurological-yes');
    await choose(el, 'folateLow-yes');
    expect(warningIds(el)).to.deep.equal(['folate-before-b12', 'neurological-urgent', 'nitrous-oxide']);
    const first = $(el, '.plan [data-warning]')!;
    expect(text(first)).to.match(/^Urgent: Do not start folic acid/);
    expectAbsent(first.closest('details'), 'a <details> around the first phase');
    expect(text($(el, '[data-warning="neurological-urgent"]')))
      .to.include('See a GP today or call 111')
      .and.include('call 999 or go to A&E in an emergency');
    expect(text($(el, '[data-warning="nitrous-oxide"]'))).to.include('A normal B12 blood test does not rule out B12 deficiency in people who use nitrous oxide');
  });

  it('never tells someone pregnant or planning a pregnancy to hold back folic acid, and reviews after 1 month', async () => {
    const el = await planElement();
    await choose(el, 'cause-nitrous-oxide');
    await choose(el, 'neurological-yes');
    await choose(el, 'pregnant-yes');
    for (const folate of ['folateLow-yes', 'folateLow-not-sure']) {
      await choose(el, folate);
      expect(warningIds(el), folate).to.deep.equal(['neurological-urgent', 'nitrous-oxide', 'folate-pregnancy', 'pregnancy']);
      const words = text($(el, '[data-warning="folate-pregnancy"]'));
      expect(words).to.include('Do not stop or hold back folic acid in pregnancy').and.include('higher dose than the usual 400 micrograms');
      expect(words).to.include('Make sure your B12 treatment starts promptly');
      expect(words, 'nothing that reads as "stop at 12 weeks"').not.to.match(/12 weeks/);
    }
    expect(text($(el, '[data-warning="pregnancy"]'))).to.include('review it after 1 month of treatment');
    expect(text($(el, '.review'))).to.include('Review with your GP after 1 month of treatment');
  });

  it('"I do not know" about folate gets a caution, not the urgent warning', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await choose(el, 'folateLow-not-sure');
    expect(warningIds(el)).to.deep.equal(['folate-before-b12']);
    expect(text($(el, '[data-warning="folate-before-b12"]'))).to.match(/^Warning: Ask about folic acid before you take it/);
  });

  it('"not sure" about nerve symptoms: the engine plans it as yes, and the plan says so', async () => {
    const el = await planElement();
    await choose(el, 'cause-autoimmune-gastritis');
    await choose(el, 'neurological-not-sure');
    expect(phaseText(el, 'neurological-loading')).to.include('Keep going until your symptoms stop getting better');
    expect(warningIds(el)).to.deep.equal(['neurological-urgent']);
    const note = $(el, '.planned-for')!;
    expect(isShown(note)).to.equal(true);
    expect(text(note)).to.include('You are not sure whether you have problems with your nerves, memory or balance, so this plan is for someone who has them, to be safe.');
  });

  it('tells someone whose B12 is low because of a medicine not to stop it on their own', async () => {
    const el = await planElement();
    await choose(el, 'cause-medication');
    await choose(el, 'neurological-no');
    expect(warningIds(el)).to.deep.equal(['medicine-do-not-stop']);
    expect(text($(el, '[data-warning="medicine-do-not-stop"]'))).to.include('Do not stop taking metformin, a PPI or any other prescribed medicine');
  });

  it('labels every phase with whose position it is: injected loading for a diet cause is the support group’s, with NICE’s tablets beside it', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    expect(text($(el, '.phase[data-phase="loading"] .position'))).to.equal('support group position');
    expect(text($(el, '.phase[data-phase="maintenance"] .position'))).to.equal('national guidance');
    const alternative = $(el, '[data-alternative="diet-oral-first"]')!;
    expect(text(alternative)).to.include('NICE guidance starts with advice on your diet and B12 tablets you can buy, instead of injections');
    expect(text(alternative.querySelector('.position'))).to.equal('national guidance');
    await choose(el, 'cause-autoimmune-gastritis');
    expect(text($(el, '.phase[data-phase="loading"] .position'))).to.equal('national guidance');
  });

  it('says malabsorption is lifelong only where the cause cannot be reversed', async () => {
    const el = await planElement();
    await choose(el, 'cause-malabsorption');
    await choose(el, 'neurological-no');
    expect(phaseText(el, 'maintenance')).to.include('For the rest of your life if the cause cannot be reversed').and.include('until your GP has reviewed the cause');
    expect(phaseText(el, 'maintenance')).to.include('Guidance allows every 2 to 3 months.');
  });

  it('warns that the cause should be found when it is not known', async () => {
    const el = await planElement();
    await choose(el, 'cause-unknown');
    await choose(el, 'neurological-no');
    expect(warningIds(el)).to.deep.equal(['cause-unknown']);
    expect(phaseText(el, 'maintenance')).to.include('Until the cause is found');
  });

  it('says this is not a diagnosis and who it is for', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    expect(text($(el, '.not-diagnosis')))
      .to.include('This is not a diagnosis')
      .and.include('adults aged 16 and over');
  });

  it('starts from a cause the page sets', async () => {
    const el = await planElement(html`<b12-treatment-plan cause="diet"></b12-treatment-plan>`);
    expect($<HTMLInputElement>(el, '#cause-diet')!.checked).to.equal(true);
  });

  it('fires b12-plan-change with the engine’s plan', async () => {
    const el = await planElement();
    await choose(el, 'cause-medication');
    const event = oneEvent(el, 'b12-plan-change');
    $<HTMLInputElement>(el, '#neurological-no')!.click();
    const { detail } = (await event) as CustomEvent<TreatmentPlan>;
    expect(detail.phases.map((p) => p.id)).to.deep.equal(['loading', 'maintenance']);
  });
});

describe('<b12-treatment-plan>: breastfeeding is not pregnancy', () => {
  it('breastfeeding with low folate: folic acid waits for B12 treatment, and the review is after 1 month', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    expect($$(el, 'input[name="pregnant"]').map((input) => text(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)))).to.deep.equal([
      'Pregnant or planning a pregnancy',
      'Breastfeeding',
      'Neither',
      'Not sure',
    ]);
    await choose(el, 'pregnant-breastfeeding');
    await choose(el, 'folateLow-yes');
    expect(warningIds(el)).to.deep.equal(['folate-before-b12', 'pregnancy']);
    expect(text($(el, '[data-warning="folate-before-b12"]'))).to.include('Do not start folic acid before your B12 treatment');
    expectAbsent($(el, '[data-warning="folate-pregnancy"]'), 'the pregnancy folic-acid words');
    expect(text($(el, '.review'))).to.include('Review with your GP after 1 month of treatment');
  });

  it('"not sure" is planned as pregnant, and the plan says so', async () => {
    const el = await planElement();
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await choose(el, 'pregnant-not-sure');
    await choose(el, 'folateLow-yes');
    expect(warningIds(el)).to.deep.equal(['folate-pregnancy', 'pregnancy']);
    expect(text($(el, '.planned-for'))).to.include('You are not sure whether you are pregnant, so this plan is for someone who is, to be safe.');
  });
});

describe('<b12-treatment-plan mode="table">: what each cause always carries', () => {
  it('the nitrous oxide row has its urgent words, medication its "do not stop"; the nerve warning and the review sit under the table', async () => {
    const el = await planElement(html`<b12-treatment-plan mode="table"></b12-treatment-plan>`);
    const rowWarnings = (cause: string) => [...$(el, `tr[data-cause="${cause}"]`)!.querySelectorAll<HTMLElement>('[data-warning]')].map((w) => w.dataset.warning);
    expect(rowWarnings('nitrous-oxide')).to.deep.equal(['nitrous-oxide']);
    expect(text($(el, 'tr[data-cause="nitrous-oxide"] [data-warning]'))).to.match(/^Urgent: Stop using nitrous oxide/);
    expect(rowWarnings('medication')).to.deep.equal(['medicine-do-not-stop']);
    expect(rowWarnings('unknown')).to.deep.equal(['cause-unknown']);
    expect(text($(el, 'tr[data-cause="unknown"] [data-warning]'))).to.include('Until it is known, keep having treatment: for some causes it is for life.');
    // Nitrous oxide inactivates B12: it does not "use it up".
    expect(text($(el, 'tr[data-cause="nitrous-oxide"] [data-warning]')))
      .to.include('stops B12 working in your body')
      .and.not.include('uses up');
    expect(rowWarnings('autoimmune-gastritis')).to.deep.equal([]);
    const under = $(el, '.table-warnings [data-warning="neurological-urgent"]')!;
    expect(text(under)).to.include('get emergency help the same day').and.include('call 999 or go to A&E in an emergency');
    expect(text($(el, '.review'))).to.include('after 3 months of treatment, or after 1 month in pregnancy or breastfeeding');
    // The diet row: NG239's oral route beside the support group's injected loading, with the dose credited to the BNF.
    const diet = $(el, 'tr[data-cause="diet"] [data-alternative="diet-oral-first"]')!;
    expect(text(diet)).to.include('NICE guidance starts with advice on your diet').and.include('British National Formulary (BNF)').and.include('national guidance');
    await expect(el).to.be.accessible();
  });
});

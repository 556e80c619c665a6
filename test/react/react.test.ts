import { expect, fixtureCleanup } from '@open-wc/testing';
import { defaultProfile, type Profile } from '../../src/engine/index.js';
import type { B12CofactorChecker, B12TreatmentPlan } from '../../src/index.js';
import { $, choose, field, resultCard, settled, shown, text, typeInto } from '../elements/helpers.js';

/**
 * React 19 renders custom elements natively: a prop the element has as a property is set
 * as that property, an `on<event>` prop listens to that event. The page (react-app.ts)
 * is bundled with React by the test runner; the widgets are the same modules as here.
 */
const { mountPage } = (await import('/test/react/react-app.bundle.js' as string)) as typeof import('./react-app.js');

/** The default profile with folate's deficiency cut-off moved from 3 to 4 µg/L: a result of 3.5 then reads Deficient only if the widget uses it. */
function movedFolateProfile(): Profile {
  const profile = structuredClone(defaultProfile);
  profile.analytes.folate.thresholds.deficientBelow = 4;
  return profile;
}

describe('React 19', () => {
  let container: HTMLElement;
  let page: ReturnType<typeof mountPage>;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    page?.unmount();
    container.remove();
    fixtureCleanup();
  });

  it('sets .profile as a property, not an attribute, and the widgets use it', async () => {
    const profile = movedFolateProfile();
    page = mountPage(container, { profile, headingLevel: '3' });
    const checker = container.querySelector<B12CofactorChecker>('b12-cofactor-checker')!;
    const plan = container.querySelector<B12TreatmentPlan>('b12-treatment-plan')!;
    await shown(checker);
    await shown(plan);
    expect(checker.profile === profile, 'the same object').to.equal(true);
    expect(plan.profile === profile, 'the same object').to.equal(true);
    expect(checker.hasAttribute('profile')).to.equal(false);
    expect(checker.getAttribute('heading-level')).to.equal('3');
    expect($(checker, 'h3')).to.not.equal(null);
    await typeInto(checker, field(checker, 'folate'), '3.5');
    expect(text(resultCard(checker, 'folate').querySelector('.result__status'))).to.equal('Deficient');
  });

  it('receives b12-assess and b12-plan-change through on-props, with the engine’s results', async () => {
    page = mountPage(container, { profile: structuredClone(defaultProfile), headingLevel: '2' });
    const checker = container.querySelector<B12CofactorChecker>('b12-cofactor-checker')!;
    const plan = container.querySelector<B12TreatmentPlan>('b12-treatment-plan')!;
    await shown(checker);
    await shown(plan);
    await typeInto(checker, field(checker, 'folate'), '2');
    const assessment = page.received.assessments.at(-1)!;
    expect(assessment.items.find((item) => item.analyte === 'folate')!.status).to.equal('deficient');
    await choose(plan, 'cause-diet');
    await choose(plan, 'neurological-no');
    // Diet, no nerve symptoms: loading, then maintenance, as the engine plans it.
    expect(page.received.plans.at(-1)!.phases.map((phase) => phase.id)).to.deep.equal(['loading', 'maintenance']);
  });

  it('re-renders, from inside and with new props, without losing what the person typed or chose', async () => {
    const profile = structuredClone(defaultProfile);
    page = mountPage(container, { profile, headingLevel: '2' });
    const checker = container.querySelector<B12CofactorChecker>('b12-cofactor-checker')!;
    const plan = container.querySelector<B12TreatmentPlan>('b12-treatment-plan')!;
    await shown(checker);
    await shown(plan);
    await typeInto(checker, field(checker, 'folate'), '2');
    await typeInto(checker, field(checker, 'ferritin'), '40');
    await choose(plan, 'cause-autoimmune-gastritis');
    await choose(plan, 'neurological-yes');
    const rendersBefore = page.received.renders;

    container.querySelector<HTMLButtonElement>('#rerender')!.click();
    await settled(checker);
    page.render({ profile, headingLevel: '3' });
    await settled(checker);
    await settled(plan);

    expect(page.received.renders).to.equal(rendersBefore + 2);
    expect(container.querySelector('b12-cofactor-checker') === checker, 'the same element').to.equal(true);
    expect(field(checker, 'folate').value).to.equal('2');
    expect(field(checker, 'ferritin').value).to.equal('40');
    expect(text(resultCard(checker, 'folate').querySelector('.result__status'))).to.equal('Deficient');
    expect($<HTMLInputElement>(plan, '#cause-autoimmune-gastritis')!.checked).to.equal(true);
    expect($<HTMLInputElement>(plan, '#neurological-yes')!.checked).to.equal(true);
    expect($(checker, 'h3'), 'the new heading level').to.not.equal(null);
  });
});

/*
 * A small React 19 page that uses both widgets the way an NHS team's React app would:
 * a guidance profile passed as a property, the widgets' events as `on<event>` props, and
 * a parent that re-renders. Written with createElement, which is what JSX compiles to, so
 * the project's type check needs no generated JSX types (test/package compiles real JSX
 * against them). Bundled with React by the test runner's `react-app` plugin
 * (web-test-runner.config.mjs); the widgets stay unbundled, the same modules the test uses.
 */
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import type { Assessment, Profile, TreatmentPlan } from '../../src/engine/index.js';

export interface PageProps {
  profile: Profile;
  headingLevel: string;
}

/** What the page's handlers received. */
export interface Received {
  assessments: Assessment[];
  plans: TreatmentPlan[];
  renders: number;
}

function Page({ profile, headingLevel, received }: PageProps & { received: Received }) {
  const [clicks, setClicks] = useState(0);
  received.renders++;
  return h(
    'main',
    null,
    h('button', { type: 'button', id: 'rerender', onClick: () => setClicks(clicks + 1) }, `Re-render the page (${clicks})`),
    h('b12-cofactor-checker', { profile, 'heading-level': headingLevel, 'onb12-assess': (event: CustomEvent<Assessment>) => received.assessments.push(event.detail) }),
    h('b12-treatment-plan', { profile, 'heading-level': headingLevel, 'onb12-plan-change': (event: CustomEvent<TreatmentPlan>) => received.plans.push(event.detail) }),
  );
}

/** Renders the page into a container; `render` renders it again with new props, synchronously. */
export function mountPage(container: HTMLElement, props: PageProps) {
  const received: Received = { assessments: [], plans: [], renders: 0 };
  const root = createRoot(container);
  const render = (next: PageProps) => flushSync(() => root.render(h(Page, { ...next, received })));
  render(props);
  return { received, render, unmount: () => root.unmount() };
}

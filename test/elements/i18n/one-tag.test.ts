import { expect } from '@open-wc/testing';
import { runPage } from '../../security/frame.js';

interface Shown {
  lang: string;
  dir: string;
  heading: string;
}
interface LanguagesReport {
  first: Record<'welsh' | 'urdu' | 'english', boolean>;
  before: Record<'welsh' | 'urdu' | 'english', Shown>;
  switched: boolean;
  after: Shown;
  chunks: string[];
  widgetViolations: number;
}

describe('the one-tag bundle in several languages (strict CSP)', () => {
  let result: LanguagesReport & { violations: string[]; errors: string[] };
  before(async () => {
    result = await runPage<LanguagesReport>('/test/security/pages/languages.html');
  });

  it('widgets already in the page before the script loads speak their languages', () => {
    expect(result.first).to.deep.equal({ welsh: true, urdu: true, english: true });
    expect(result.before.welsh).to.deep.equal({ lang: 'cy', dir: 'ltr', heading: 'Gwiriwch eich canlyniadau cydffactorau' });
    expect(result.before.urdu).to.deep.equal({ lang: 'ur', dir: 'rtl', heading: 'آپ کا B12 علاج کا منصوبہ' });
    expect(result.before.english).to.deep.equal({ lang: 'en-GB', dir: 'ltr', heading: 'Cofactor levels guide' });
  });

  it('loads each language as its own chunk from beside the bundle, and English costs no chunk', () => {
    const languages = result.chunks.map((path) => path.match(/\/dist\/cdn\/chunks\/b12-widgets\.([a-z]+)-[\w-]+\.js$/)?.[1]).sort();
    expect(languages).to.deep.equal(['cy', 'pl', 'ur']);
  });

  it('follows an ancestor whose lang changes at run time', () => {
    expect(result.switched).to.equal(true);
    expect(result.after).to.deep.equal({ lang: 'pl', dir: 'ltr', heading: 'Twój plan leczenia B12' });
  });

  it('needs nothing the strict policy forbids, and throws nothing', () => {
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
  });
});

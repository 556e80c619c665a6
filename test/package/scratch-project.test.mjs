// Installs the packed tarball into a scratch project, as `npm install b12-widgets` would,
// then uses each export the way a developer would: from Node, and through a bundler.
// Dependencies are linked from this repository's node_modules, so no network is needed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

const repo = resolve('.');
let project;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'b12-scratch-'));
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    symlinkSync(join(repo, 'node_modules', entry), join(modules, entry));
  }
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  mkdirSync(join(modules, 'b12-widgets'));
  execFileSync('tar', ['-xzf', join(project, filename), '-C', join(modules, 'b12-widgets'), '--strip-components=1']);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
});
after(() => rmSync(project, { recursive: true, force: true }));

async function bundle(code) {
  writeFileSync(join(project, 'entry.js'), code);
  const build = await rollup({ input: join(project, 'entry.js'), plugins: [nodeResolve({ rootDir: project, exportConditions: ['production', 'browser'] })], onwarn() {} });
  const { output } = await build.generate({ format: 'es' });
  return output;
}

describe('a scratch project that installs the package', () => {
  it('Node can use b12-widgets/engine and b12-widgets/profile-schema', () => {
    writeFileSync(
      join(project, 'node.mjs'),
      `import { assessCofactors, defaultProfile } from 'b12-widgets/engine';
       import { parseProfile, ProfileError } from 'b12-widgets/profile-schema';
       const { items } = assessCofactors({ locale: 'pl', results: { folate: { value: '2,5', unit: 'µg/L' } } });
       let error;
       try { parseProfile({}); } catch (e) { error = e; }
       console.log(JSON.stringify({ status: items.find((i) => i.analyte === 'folate').status, same: JSON.stringify(parseProfile(structuredClone(defaultProfile))) === JSON.stringify(defaultProfile), profileError: error instanceof ProfileError }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['node.mjs'], { cwd: project, encoding: 'utf8' }));
    assert.deepEqual(out, { status: 'deficient', same: true, profileError: true });
  });

  it('a bundler takes every export, and splits each language into its own chunk', async () => {
    const output = await bundle(`import 'b12-widgets';
      import 'b12-widgets/cofactor-checker.js';
      import 'b12-widgets/treatment-plan.js';
      import { assessCofactors } from 'b12-widgets/engine';
      import { parseProfile } from 'b12-widgets/profile-schema';
      console.log(assessCofactors, parseProfile);`);
    const entry = output.find((file) => file.isEntry);
    assert.match(entry.code, /b12-cofactor-checker/);
    assert.match(entry.code, /b12-treatment-plan/);
    const languageChunks = output.filter((file) => !file.isEntry && /generated\/locales\/(cy|es|pl|ro|ur)\.js$/.test(file.facadeModuleId ?? '')).length;
    assert.equal(languageChunks, 5);
  });

  it('React 19 + TypeScript: the published JSX types accept the elements as documented and refuse what is not', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, types: [] }, files: ['app.tsx'] }),
    );
    writeFileSync(
      join(project, 'app.tsx'),
      `import type {} from 'b12-widgets/jsx';
       import 'b12-widgets';
       import 'b12-widgets/symptom-diary.js';
       import { defaultProfile, type Assessment } from 'b12-widgets/engine';
       import { useRef } from 'react';

       export function Page() {
         const checker = useRef<HTMLElementTagNameMap['b12-cofactor-checker']>(null);
         return (
           <>
             <b12-cofactor-checker mode="guide" units="folate:nmol/L" heading-level="3" lang="cy" compact ref={checker}
               onb12-assess={(event) => { const assessment: Assessment = event.detail; console.log(assessment.items.length); }} />
             <b12-treatment-plan profile={defaultProfile} cause="diet" onb12-plan-change={(event) => console.log(event.detail.phases.length)} />
             <b12-symptom-diary headingLevel="3" onb12-diary-change={(event) => console.log(event.detail.change satisfies 'entries' | 'keeping' | 'file')} />
           </>
         );
       }
       // @ts-expect-error compact is a boolean property
       export const notABoolean = <b12-cofactor-checker compact="yes" />;
       // @ts-expect-error colour is not an attribute of the element
       export const unknownAttribute = <b12-cofactor-checker colour="red" />;
       // @ts-expect-error the event's detail is an Assessment, with no such field
       export const wrongDetail = <b12-cofactor-checker onb12-assess={(event) => event.detail.nothing} />;
       // @ts-expect-error the plan has no units
       export const wrongElement = <b12-treatment-plan units="folate:nmol/L" />;
      `,
    );
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    assert.equal(output, '');
  });

  it('importing only the engine brings in no Lit and no zod (tree-shaking works)', async () => {
    const output = await bundle(`import { assessCofactors } from 'b12-widgets/engine'; console.log(assessCofactors({ results: {} }));`);
    const modules = output.flatMap((file) => Object.keys(file.modules ?? {}));
    assert.ok(modules.some((id) => id.includes('/b12-widgets/dist/engine/assess.js')));
    assert.deepEqual(
      modules.filter((id) => /node_modules\/(lit|lit-html|@lit|zod)\//.test(id)),
      [],
    );
  });
});

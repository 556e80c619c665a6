// The profile maker's form read into a laboratory profile (src/embed/laboratory-form.ts):
// what the builder and the WordPress settings page save for an editor to host.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elementAttributes } from '../../src/embed/embed-snippet.js';
import { fieldOfIssue, laboratoryFileText, profileIdFor, readLaboratoryForm } from '../../src/embed/laboratory-form.js';
import { defaultChoices } from '../../src/embed/snippet-for.js';
import { parseProfile } from '../../src/engine/index.js';

const laboratory = {
  'laboratory.name': 'Royal Cornwall Hospitals pathology',
  'laboratory.url': 'https://pathology.royalcornwallhospitals.nhs.uk/',
  'laboratory.readOn': '2026-12-05',
};
const ferritinBySex = {
  'laboratory.tests.ferritin.use': 'on',
  'laboratory.tests.ferritin.unit': 'µg/L',
  'laboratory.tests.ferritin.rangeKind': 'by-sex',
  'laboratory.tests.ferritin.rangesBySex.women.low': '15',
  'laboratory.tests.ferritin.rangesBySex.women.high': '200',
  'laboratory.tests.ferritin.rangesBySex.men.low': '15',
  'laboratory.tests.ferritin.rangesBySex.men.high': '300',
  // A range for everyone typed before the editor chose two: not in the file.
  'laboratory.tests.ferritin.range.high': '250',
};

describe('the profile maker’s form', () => {
  it('reads a laboratory with one test into the file the widgets read', () => {
    const { json, profile, issues } = readLaboratoryForm({ ...laboratory, ...ferritinBySex, 'laboratory.tests.folate.unit': 'µg/L', 'laboratory.tests.folate.deficientBelow': '9' });
    assert.deepEqual(issues, []);
    assert.deepEqual(
      json.laboratory.tests,
      { ferritin: { unit: 'µg/L', rangesBySex: { women: { low: 15, high: 200 }, men: { low: 15, high: 300 } } } },
      'an unticked test is left to the built-in figures',
    );
    assert.equal(json.id, 'royal-cornwall-hospitals-pathology');
    assert.deepEqual(parseProfile(JSON.parse(laboratoryFileText(json))), profile);
    assert.equal(profile?.analytes.ferritin.thresholds.upperLimit, 300);
  });

  it('names an empty required field and an unreadable number in plain words, and the engine’s problems beside them', () => {
    const { issues, profile } = readLaboratoryForm({
      'laboratory.name': ' ',
      'laboratory.url': 'ftp://lab',
      'laboratory.readOn': '',
      ...ferritinBySex,
      'laboratory.tests.ferritin.rangesBySex.women.high': '2OO',
      'laboratory.tests.ferritin.deficientBelow': '1,000',
    });
    assert.equal(profile, undefined);
    const at = (path: string) => issues.filter((issue) => issue.path === path).map((issue) => issue.message);
    assert.deepEqual(at('laboratory.name'), ['enter the laboratory’s name']);
    assert.deepEqual(at('laboratory.readOn'), ['enter the day you read the figures']);
    assert.deepEqual(at('laboratory.tests.ferritin.rangesBySex.women.high'), ['enter a number, such as 145 (found "2OO")']);
    assert.deepEqual(at('laboratory.tests.ferritin.deficientBelow'), ['enter a number, such as 145 (found "1,000")'], 'a thousands comma is not read as a decimal one');
    assert.match(at('laboratory.url')[0], /^must be a web address starting with https:\/\//);
  });

  it('asks for at least one test', () => {
    assert.deepEqual(
      readLaboratoryForm(laboratory).issues.map((issue) => issue.path),
      ['laboratory.tests'],
    );
  });

  it('makes a file name of any laboratory’s name', () => {
    assert.equal(profileIdFor('Ysbyty Gwynedd – Patholeg'), 'ysbyty-gwynedd-patholeg');
    assert.equal(profileIdFor('Hôpital Saint-Éloi'), 'hopital-saint-eloi');
    assert.equal(profileIdFor('!!!'), 'our-laboratory');
    assert.match(profileIdFor('x'.repeat(200)), /^x{64}$/);
  });

  it('places a problem beside its field, or the nearest group above it', () => {
    const fields = new Set(['laboratory.tests.ferritin', 'laboratory.tests.ferritin.rangesBySex.women.high']);
    assert.equal(
      fieldOfIssue('laboratory.tests.ferritin.rangesBySex.women.high', (name) => fields.has(name)),
      'laboratory.tests.ferritin.rangesBySex.women.high',
    );
    assert.equal(
      fieldOfIssue('laboratory.tests.ferritin.rangesBySex', (name) => fields.has(name)),
      'laboratory.tests.ferritin',
    );
    assert.equal(
      fieldOfIssue('id', (name) => fields.has(name)),
      undefined,
    );
  });

  it('the snippet gets profile-src after the attributes it had', () => {
    const choices = { ...defaultChoices('b12-cofactor-checker', 'guide', 'cy'), profileSrc: '/b12-widgets/profiles/our-lab.json' };
    assert.deepEqual(elementAttributes(choices), [
      ['mode', 'guide'],
      ['lang', 'cy'],
      ['profile-src', '/b12-widgets/profiles/our-lab.json'],
    ]);
  });
});

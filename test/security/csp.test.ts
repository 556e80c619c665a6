import { expect } from '@open-wc/testing';
import { runPage } from './frame.js';

interface CspReport {
  widgetViolations: number;
  canaryReported: boolean;
  trustedTypesSupported: boolean;
  trustedTypesEnforced: boolean;
  folateStatus: string;
  ferritinWarnings: string[];
  guideRows: number;
  planPhases: string[];
  monthCaption: string;
  tableRows: number;
  rangeBarMarkerAt: number;
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('the one-tag bundle runs both widgets with no violation (the policy provably in force)', async () => {
    const report = await runPage<CspReport>('/test/security/pages/csp.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.widgetViolations, report.violations.join('\n')).to.equal(0);
    expect(report.canaryReported, 'a deliberate inline <style> must be reported').to.equal(true);
    if (report.trustedTypesSupported) expect(report.trustedTypesEnforced).to.equal(true);

    expect(report.folateStatus).to.equal('Deficient');
    expect(report.ferritinWarnings).to.deep.equal(['ferritin-above-range', 'ferritin-inflammation']);
    expect(report.guideRows).to.equal(5);
    expect(report.planPhases).to.deep.equal(['neurological-loading', 'maintenance']);
    expect(report.monthCaption).to.match(/^\w+ \d{4}$/);
    expect(report.tableRows).to.equal(6);
    // The range bar's marker is placed through the CSSOM, which the policy allows: folate
    // 2 µg/L is two-thirds of the way through the deficient band (0 to 3 µg/L).
    expect(report.rangeBarMarkerAt).to.be.closeTo(2 / 3, 0.01);
  });
});

interface DiaryCspReport {
  widgetViolations: number;
  rows: number;
  points: number;
  kept: string;
  confirmation: string;
}

describe('the symptom diary under the same policy', () => {
  it('its one-tag file records, keeps, draws and opens a file with no violation', async () => {
    const report = await runPage<DiaryCspReport>('/test/security/pages/diary-csp.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.widgetViolations, report.violations.join('\n')).to.equal(0);
    expect(report.kept).to.include('Your diary is kept in this browser on this device');
    expect(report.confirmation).to.equal('The entries from the file have been added.');
    expect(report.rows).to.equal(4);
    expect(report.points).to.equal(2);
  });
});

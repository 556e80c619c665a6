import { msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ANALYTES, assessCofactors, defaultProfile, type Profile } from '../../engine/index.js';
import { analyteName } from '../shared/analyte-names.js';
import { cofactorCheckerStyles } from './cofactor-checker.styles.js';

/**
 * The cofactor guide: where each blood result stands against the profile's bands.
 *
 * This first version shows the guide table only; the form for a person's own results
 * comes with the checker's own issue.
 *
 * @csspart table - The guide table.
 */
export class B12CofactorChecker extends LitElement {
  static override styles = cofactorCheckerStyles;

  /** The guidance profile. Defaults to the cited UK profile. */
  @property({ attribute: false }) profile: Profile = defaultProfile;

  override render() {
    // The engine gives the bands; the element only shows them.
    const { items } = assessCofactors({ results: {} }, this.profile);
    return html`
      <table part="table">
        <caption>${msg('Cofactor guide')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Blood test')}</th>
            <th scope="col">${msg('Deficient below')}</th>
            <th scope="col">${msg('Optimal from')}</th>
            <th scope="col">${msg('Upper limit')}</th>
          </tr>
        </thead>
        <tbody>
          ${ANALYTES.map((analyte, i) => {
            const { thresholds, canonicalUnit } = items[i];
            return html`<tr>
              <th scope="row">${analyteName(analyte)}</th>
              <td>${thresholds.deficientBelow} ${canonicalUnit}</td>
              <td>${thresholds.optimalFrom} ${canonicalUnit}</td>
              <td>${thresholds.upperLimit === undefined ? '—' : `${thresholds.upperLimit} ${canonicalUnit}`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}

import type { ChequeTerms } from '../../src/domain/chequeRegimes.js';
import type { VdabContact } from '../../src/domain/vdabContact.js';
import type { Translator } from '../../src/i18n/i18n.js';

/**
 * One message on what the cheque gives and costs under `terms`; never a number the rules do not
 * confirm. Shared by the explanation and the free-text answer to "wat kost het?".
 */
export function describeTerms(t: Translator, terms: ChequeTerms | undefined, contact: Pick<VdabContact, 'websiteLabel' | 'phone'>): string {
  const checkVdab = t('explainCheque:terms.checkVdab', { website: contact.websiteLabel, phone: contact.phone });
  if (!terms || !terms.confirmed || terms.cheques === null) {
    return [t('explainCheque:terms.rulesChanging'), checkVdab].join(' ');
  }
  const sentences = [
    terms.onlyIfNeverUsed && terms.cheques === 1
      ? t('explainCheque:terms.oneChequeNeverUsed')
      : t('explainCheque:terms.cheques', { count: terms.cheques }),
    terms.hoursPerCheque
      ? t('explainCheque:terms.hours', { hours: terms.hoursPerCheque.reduce((sum, h) => sum + h, 0) })
      : t('explainCheque:terms.hoursUnknown'),
    terms.ownContributionEur !== null
      ? t('explainCheque:terms.price', { eur: terms.ownContributionEur })
      : t('explainCheque:terms.priceUnknown'),
  ];
  if (terms.hoursPerCheque === null || terms.ownContributionEur === null) sentences.push(checkVdab);
  return sentences.join(' ');
}

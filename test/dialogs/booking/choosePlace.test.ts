import { describe, expect, it } from 'vitest';
import { ChoosePlaceDialog } from '../../../dialogs/booking/choosePlace.js';
import { DialogTurnStatus } from '../../../src/bot/sdk.js';
import { unnumbered } from '../../../src/conversation/activity.js';
import { dialogAlone } from '../../support/dialogs.js';

/** ChoosePlaceDialog alone: where the user looks for a centre. */
describe('ChoosePlaceDialog', () => {
  it('When "weet ik niet" or "weet ni" is typed, Then the bot says what it needs (a postcode near you), not "Die plaats ken ik niet"', async () => {
    for (const said of ['weet ik niet', 'weet ni', 'je sais pas']) {
      const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
      await client.sendActivity('hallo');
      expect((await client.sendActivity(said))?.text, said).toBe(t('bookIntake:where.simpler'));
      await client.sendActivity('9000');
      expect(client.dialogTurnResult.result).toMatchObject({ place: { postcode: '9000' } });
    }
  });

  it('When the town is asked, Then its helper buttons show no number (a number typed there is a postcode); "1" gets what to type, not Terug', async () => {
    const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    const asked = await client.sendActivity('hallo');
    expect(asked?.text).toBe(t('bookIntake:where.question'));
    expect(unnumbered(asked ?? {})).toBe(true);
    const retry = await client.sendActivity('1');
    expect(retry?.text).toBe(t('bookIntake:where.numberNotPlace'));
    expect(unnumbered(retry ?? {})).toBe(true);
    await client.sendActivity('9000');
    expect(client.dialogTurnResult.result).toMatchObject({ place: { postcode: '9000' } });
  });

  it('When one name is two places in the same province ("Ramskapelle": Knokke-Heist and Nieuwpoort), Then only the postcodes tell them apart', async () => {
    const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    const reply = await client.sendActivity('Ramskapelle');
    expect(reply?.text).toBe(t('bookIntake:where.which'));
    expect(reply?.suggestedActions?.actions.map((action: { title?: string }) => action.title).sort()).toEqual([
      '8301 Ramskapelle',
      '8620 Ramskapelle',
    ]);
  });

  it('When a postcode is typed, Then the dialog ends with that place', async () => {
    const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    expect((await client.sendActivity('hallo'))?.text).toBe(t('bookIntake:where.question'));
    await client.sendActivity('9000');
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    expect(client.dialogTurnResult.result).toMatchObject({ place: { postcode: '9000', name: 'Gent' } });
  });

  it('When one name is two places far apart ("Aalst": 9300, and 3800 near Sint-Truiden), Then "Welke plaats bedoel je?" offers both, the town first, each with its province', async () => {
    const { client } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    const reply = await client.sendActivity('Aalst');
    // A postcode alone tells few people which Aalst is theirs.
    expect(reply?.text).toBe('9300 Aalst ligt in Oost-Vlaanderen.\n3800 Aalst ligt in Limburg.\nWelke plaats bedoel je?');
    expect(reply?.suggestedActions?.actions.map((action: { title?: string }) => action.title)).toEqual(['9300 Aalst', '3800 Aalst']);
    await client.sendActivity('9300 Aalst');
    expect(client.dialogTurnResult).toMatchObject({
      status: DialogTurnStatus.complete,
      result: { place: { postcode: '9300', name: 'Aalst' } },
    });
  });

  it('When "ghenk" finds Genk and the English name Ghent, Then a Dutch chat offers "9000 Gent", a French one "9000 Gand"', async () => {
    for (const [locale, ghent] of [
      ['nl', '9000 Gent'],
      ['fr', '9000 Gand'],
    ] as const) {
      const { client } = await dialogAlone((deps) => new ChoosePlaceDialog(deps), { locale });
      await client.sendActivity('hallo');
      const reply = await client.sendActivity('ghenk');
      expect(reply?.suggestedActions?.actions.map((action: { title?: string }) => action.title)).toEqual(['3600 Genk', ghent]);
      await client.sendActivity('2');
      expect(client.dialogTurnResult.result).toMatchObject({ place: { postcode: '9000', name: ghent.slice(5) } });
    }
  });

  it('When one town has several postcodes at one spot ("Antwerpen"), Then it is one place', async () => {
    const { client } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    await client.sendActivity('antwerpen');
    expect(client.dialogTurnResult).toMatchObject({ status: DialogTurnStatus.complete, result: { place: { name: 'Antwerpen' } } });
  });

  it('When an unknown place is typed, Then the retry says to type the postcode, and the second miss ends with "unknown"', async () => {
    const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    expect((await client.sendActivity('Xyzzy'))?.text).toBe(t('bookIntake:where.unknown'));
    await client.sendActivity('Qwertzu');
    expect(client.dialogTurnResult).toMatchObject({ status: DialogTurnStatus.complete, result: { unknown: true } });
  });

  it('When only everyday words are typed ("ik", "hier", "thuis"), Then where to type the postcode is said again, never "unknown" nor Lier for "hier"', async () => {
    for (const typed of ['ik', 'hier', 'thuis']) {
      const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
      await client.sendActivity('hallo');
      expect((await client.sendActivity(typed))?.text, typed).toBe(t('bookIntake:where.simpler'));
      expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
    }
    const { client } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    await client.sendActivity('hier');
    await client.sendActivity('Lier');
    expect(client.dialogTurnResult).toMatchObject({ status: DialogTurnStatus.complete, result: { place: { name: 'Lier' } } });
  });

  it('When a postcode no place has is typed ("9999"), Then the retry says that postcode is unknown, never "type the postcode" again', async () => {
    const { client, t } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    expect((await client.sendActivity('9999'))?.text).toBe(t('bookIntake:where.unknownPostcode'));
    await client.sendActivity('9000');
    expect(client.dialogTurnResult).toMatchObject({ status: DialogTurnStatus.complete, result: { place: { name: 'Gent' } } });
  });

  it('When a Walloon postcode is typed, Then the dialog ends with "outside"', async () => {
    const { client } = await dialogAlone((deps) => new ChoosePlaceDialog(deps));
    await client.sendActivity('hallo');
    await client.sendActivity('ik woon in 4000 Luik');
    expect(client.dialogTurnResult).toMatchObject({ status: DialogTurnStatus.complete, result: { outside: true } });
  });
});

import { describe, expect, it } from 'vitest';
import { digitsSpelled, phoneForDisplay, understandContact } from '../../src/understanding/contact.js';

describe('understandContact: phone numbers', () => {
  it.each([
    ['0470 12 34 56', '+32470123456'],
    ['0470123456', '+32470123456'],
    ['0470.12.34.56', '+32470123456'],
    ['0470/12.34.56', '+32470123456'],
    ['0470-12-34-56', '+32470123456'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+32 (0)470 12 34 56', '+32470123456'],
    ['+32 0470 12 34 56', '+32470123456'],
    ['0032 470 12 34 56', '+32470123456'],
    ['  0499 99 88 77 ', '+32499998877'],
    ['09 123 45 67', '+3291234567'],
    ['02 511 22 33', '+3225112233'],
    ['050 12 34 56', '+3250123456'],
    ['04 123 45 67', '+3241234567'],
    ['+31 6 12345678', '+31612345678'],
    ['0031 6 1234 5678', '+31612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('When the user types "%s", Then it is the phone number %s', (typed, e164) => {
    expect(understandContact(typed)).toEqual({ ok: true, kind: 'phone', value: e164 });
  });

  it.each([
    ['0470 12 34 5x'],
    ['0470 12 34'],
    ['0470 12 34 56 78'],
    ['047'],
    ['470 12 34 56'],
    ['+32 470 12 34 5'],
    ['+32 470 12 34 56 7'],
    ['+32 370 12 34 567'],
    ['+0 123 456 789'],
    ['+1 234'],
    ['+1234567890123456'],
    ['0470 12 34 56 of 09 123 45 67'],
  ])('When the user types "%s", Then it is not accepted and looks like a phone number', (typed) => {
    expect(understandContact(typed)).toEqual({ ok: false, looksLike: 'phone' });
  });
});

describe('understandContact: e-mail addresses', () => {
  it.each([
    ['an@voorbeeld.be', 'an@voorbeeld.be'],
    [' An.Peeters@Voorbeeld.BE ', 'An.Peeters@voorbeeld.be'],
    ['jan+vdab@mail.example.com', 'jan+vdab@mail.example.com'],
  ])('When the user types "%s", Then it is the e-mail address %s', (typed, email) => {
    expect(understandContact(typed)).toEqual({ ok: true, kind: 'email', value: email });
  });

  it.each([['an@'], ['@voorbeeld.be'], ['an@voorbeeld'], ['an@voor beeld.be'], ['an@@voorbeeld.be'], ['an@voorbeeld..be']])(
    'When the user types "%s", Then it is not accepted and looks like an e-mail address',
    (typed) => {
      expect(understandContact(typed)).toEqual({ ok: false, looksLike: 'email' });
    },
  );
});

describe('understandContact: a national register number', () => {
  it.each([['85.07.30-033.61'], ['85073003361'], ['850730 033 61']])(
    'When the user types "%s", Then it is recognised as not a phone number',
    (typed) => {
      expect(understandContact(typed)).toEqual({ ok: false, looksLike: 'nationalNumber' });
    },
  );
});

describe('understandContact: a free or premium line', () => {
  it.each([
    ['0800 30 700', '+3280030700'],
    ['080030700', '+3280030700'],
    ['+32 800 30 700', '+3280030700'],
    ['bel 0800 30 700', '+3280030700'],
    ['0903 12 345', '+3290312345'],
  ])('When the user types "%s", Then it is no number to call back on, and says which line it is', (typed, number) => {
    expect(understandContact(typed)).toEqual({ ok: false, looksLike: 'service', number });
  });

  it.each([['09 210 10 10'], ['080 12 34 56'], ['0470 80 03 07']])(
    'When "%s" only shares digits with one (Ghent, Bruges, a mobile), Then it is a phone number',
    (typed) => {
      expect(understandContact(typed)).toMatchObject({ ok: true, kind: 'phone' });
    },
  );
});

describe('understandContact: a number written as in another country', () => {
  it.each([['06 12 34 56 78'], ['0612345678'], ['07.12.34.56.78'], ['01 23 45 67 89']])(
    'When the user types "%s" (ten digits, not 04), Then it looks like a foreign number that needs its country code',
    (typed) => {
      expect(understandContact(typed)).toEqual({ ok: false, looksLike: 'foreign' });
    },
  );

  it('When a Belgian number misses a digit ("0470 12 34 5"), Then it is a mistyped phone number, not a foreign one', () => {
    expect(understandContact('0470 12 34 5')).toEqual({ ok: false, looksLike: 'phone' });
  });
});

describe('understandContact: neither', () => {
  it.each([[''], ['   '], ['An'], ['geen'], ['bel me maar'], ['+'], ['...']])('When the user types "%s", Then it is unclear', (typed) => {
    expect(understandContact(typed)).toEqual({ ok: false, looksLike: 'unclear' });
  });
});

describe('phoneForDisplay: a number read back the way it is written here', () => {
  it('When a Belgian number is shown, Then it has the national form with its usual groups', () => {
    expect(phoneForDisplay('+32470123456')).toBe('0470 12 34 56');
    expect(phoneForDisplay('+3292101010')).toBe('09 210 10 10');
    expect(phoneForDisplay('+3211223344')).toBe('011 22 33 44');
  });

  it('When a foreign number is shown, Then it stays in the international form', () => {
    expect(phoneForDisplay('+31612345678')).toBe('+31612345678');
  });

  it('When what the user typed is read back, Then it is the same number', () => {
    for (const typed of ['0470 12 34 56', '09 210 10 10', '011 22 33 44']) {
      const understood = understandContact(typed);
      expect(understood.ok && phoneForDisplay(understood.value)).toBe(typed);
    }
  });
});

describe('understandContact: a number with a time or date typed next to it', () => {
  it.each([
    ['0470 12 34 56 morgen na 14u', '+32470123456', '0470 12 34 56'],
    ['0470 12 34 56 14u', '+32470123456', '0470 12 34 56'],
    ['0470123456 14.30', '+32470123456', '0470123456'],
    ['0470 12 34 56 12 december', '+32470123456', '0470 12 34 56'],
    ['0470 12 34 56 op 14/12/2026', '+32470123456', '0470 12 34 56'],
    ['4/12 0470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['om 10 0470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['0470 12 34 56 2 pm', '+32470123456', '0470 12 34 56'],
  ])('When "%s" is typed, Then the number is %s and the time is no digit of it', (typed, value, said) => {
    expect(understandContact(typed)).toEqual({ ok: true, kind: 'phone', value, said });
  });

  it('When a number has a digit too many and no time word after it, Then it is not cut into another number', () => {
    expect(understandContact('0470 12 34 56 7')).toEqual({ ok: false, looksLike: 'phone' });
  });
});

describe('understandContact: a number or address inside a sentence', () => {
  it.each([
    ['mijn gsm is 0470 12 34 56', '+32470123456'],
    ['je kan me bellen op 09/210.10.10 na 17 uur', '+3292101010'],
    ['mail naar An.Peeters@Voorbeeld.be aub', 'An.Peeters@voorbeeld.be'],
    ['mijn e-mail: an@voorbeeld.be.', 'an@voorbeeld.be'],
  ])('When "%s" is typed, Then %s is read from it', (typed, value) => {
    expect(understandContact(typed)).toMatchObject({ ok: true, value });
  });

  it('When a national register number stands in a sentence, Then it is recognised as one and not kept', () => {
    expect(understandContact('mijn nummer is 85073003328')).toStrictEqual({ ok: false, looksLike: 'nationalNumber' });
  });

  it('When a sentence has no number or address, Then it is not a contact', () => {
    expect(understandContact('dat weet ik niet').ok).toBe(false);
  });

  it('When a phone number and an e-mail address are typed together, Then the number is the contact and the address is kept with it', () => {
    expect(understandContact('0478 12 34 56 of jolien.dv@gmail.com')).toStrictEqual({
      ok: true,
      kind: 'phone',
      value: '+32478123456',
      email: 'jolien.dv@gmail.com',
    });
    // An address that cannot be read never costs the number.
    expect(understandContact('0478 12 34 56 of jolien.dv@gmail')).toStrictEqual({ ok: true, kind: 'phone', value: '+32478123456' });
  });
});

describe('understandContact: an e-mail address with the @ said as a word', () => {
  it.each([
    ['jan at gmail.com', 'jan@gmail.com'],
    ['An.Peeters apestaart Voorbeeld.be', 'An.Peeters@voorbeeld.be'],
    ['marie arobase exemple.fr', 'marie@exemple.fr'],
    // As speech-to-text writes an address read aloud, or typed with spaces: were not understood.
    ['jan at gmail dot com', 'jan@gmail.com'],
    ['mijn mail is jan apestaartje gmail punt com', 'jan@gmail.com'],
    ['jan.peeters at telenet punt be', 'jan.peeters@telenet.be'],
    ['marie arobase hotmail point fr', 'marie@hotmail.fr'],
    ['jan @ gmail . com', 'jan@gmail.com'],
    ['an @voorbeeld.be', 'an@voorbeeld.be'],
    // The name's own dots said too: was "b@hotmail.be", the name before the dot lost.
    ['karim punt b at hotmail punt be', 'karim.b@hotmail.be'],
    ['mijn mail is marie point dupont arobase gmail point com', 'marie.dupont@gmail.com'],
  ])('When "%s" is typed, Then it is the address %s', (typed, email) => {
    expect(understandContact(typed)).toStrictEqual({ ok: true, kind: 'email', value: email });
  });

  it.each(['ik ben thuis at gent', 'jan at gmail', 'at gmail.com', "I'm at home. Call me", 'om 10 at 10.30'])(
    'When "%s" is typed, Then it is no address',
    (typed) => {
      expect(understandContact(typed).ok).toBe(false);
    },
  );
});

describe('understandContact: an e-mail address with a comma for the dot', () => {
  it.each([
    ['jolien.dv@gmail,com', 'jolien.dv@gmail.com'],
    ['mijn mail is jolien.dv@Gmail,Com', 'jolien.dv@gmail.com'],
  ])('When "%s" is typed, Then it is the address %s', (typed, email) => {
    expect(understandContact(typed)).toStrictEqual({ ok: true, kind: 'email', value: email });
  });
});

describe('digitsSpelled', () => {
  it.each([
    ['nul vier zeven nul twaalf vierendertig zesenvijftig', '0470123456'],
    ['mijn nummer is nul vier zeven nul twaalf vierendertig zesenvijftig', '0470123456'],
    ['my number is zero four seven zero one two three four five six', '0470123456'],
  ])('When "%s" is typed, Then its digits are %s', (said, digits) => {
    expect(digitsSpelled(said)).toBe(digits);
  });

  it.each(['nul vier zeven', 'ik wil graag dat je me belt op nul vier zeven nul twaalf', 'nul vier zeven nul twaalf alstublieft'])(
    'When "%s" is typed, Then no number is read (too short, too much before it, or words after it)',
    (said) => {
      expect(digitsSpelled(said)).toBeUndefined();
    },
  );
});

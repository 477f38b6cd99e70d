/**
 * A person's name taken apart in either order: forenames, surname with its particles, initials.
 */
import { describe, expect, it } from 'vitest';
import { initialsFit, orderKey, personName } from '../../../src/data/registry/name-forms.ts';

const key = (name: string) => {
  const form = personName(name);
  return form ? orderKey(form) : null;
};
const fits = (short: string, full: string) => {
  const a = personName(short);
  const b = personName(full);
  return Boolean(a && b && initialsFit(a, b));
};

describe('data/registry name-forms', () => {
  it('gives "Surname, Forenames" and "Forenames Surname" one key', () => {
    expect(key('Darwin, Charles')).toBe('charles darwin');
    expect(key('Charles Darwin')).toBe('charles darwin');
    expect(key('Goethe, Johann Wolfgang')).toBe(key('Johann Wolfgang Goethe'));
    expect(key('Hooker, J. D.')).toBe(key('J. D. Hooker'));
    expect(key('Hooker, J.D.')).toBe(key('J. D. Hooker'));
  });

  it('keeps particles with the surname, written before it or after the forenames', () => {
    expect(personName('Stein, Charlotte von')).toEqual({
      forenames: ['Charlotte'],
      surname: ['von', 'Stein'],
      inverted: true,
    });
    expect(key('Stein, Charlotte von')).toBe(key('Charlotte von Stein'));
    expect(key('Humboldt, Alexander von')).toBe(key('Alexander von Humboldt'));
    expect(key('Gogh, Vincent van')).toBe(key('Vincent van Gogh'));
    expect(key('Berg, Jan van der')).toBe(key('van der Berg, Jan'));
    expect(key('Berg, Jan van der')).toBe(key('Jan van der Berg'));
    expect(key('Guttenberg, Karl-Theodor von und zu')).toBe(
      key('Karl-Theodor von und zu Guttenberg'),
    );
    expect(personName('Alexander von Humboldt')?.surname).toEqual(['von', 'Humboldt']);
    expect(key('Bellay, Joachim du')).toBe(key('Joachim du Bellay'));
    expect(key('Ponte, Lorenzo da')).toBe(key('Lorenzo da Ponte'));
  });

  it('drops forms of address: "Dr. Charles Darwin" is Charles Darwin', () => {
    expect(key('Dr. Charles Darwin')).toBe('charles darwin');
    expect(key('Darwin, Dr. Charles')).toBe('charles darwin');
  });

  it('reads no person in one word, organisations, offices or firms', () => {
    for (const name of [
      'Darwin',
      'Smith, Elder & Co.',
      'Charles Darwin and Co.',
      'Ministry of War and Navy',
      'Linnean Society',
      'Soviet Embassy',
      'Smith & Sons',
      'Darwin, Charles, Hooker',
      'Soviet Ambassador Shtykov',
    ])
      expect([name, personName(name)]).toEqual([name, null]);
  });

  it('lets initials stand for forenames they begin, as many and in order', () => {
    expect(fits('J. D. Hooker', 'Joseph Dalton Hooker')).toBe(true);
    expect(fits('Hooker, J. D.', 'Hooker, Joseph Dalton')).toBe(true);
    expect(fits('J. W. Goethe', 'Johann Wolfgang Goethe')).toBe(true);
    expect(fits('Joseph D. Hooker', 'Joseph Dalton Hooker')).toBe(true);
    expect(fits('J. D. Hooker', 'Joseph D. Hooker')).toBe(true);
    expect(fits('Ch. Darwin', 'Charles Darwin')).toBe(true);
    expect(fits('J.-J. Rousseau', 'Jean-Jacques Rousseau')).toBe(true);
    expect(fits('Rousseau, J.-J.', 'Jean-Jacques Rousseau')).toBe(true);
    expect(fits('J.-J. Rousseau', 'Jean Rousseau')).toBe(false);
    // Not: another surname, other letters, fewer forenames, or the fuller name the other way.
    expect(fits('J. D. Hooker', 'Joseph Dalton Hook')).toBe(false);
    expect(fits('W. J. Hooker', 'Joseph Dalton Hooker')).toBe(false);
    expect(fits('J. Hooker', 'Joseph Dalton Hooker')).toBe(false);
    expect(fits('Joseph Dalton Hooker', 'J. D. Hooker')).toBe(false);
    expect(fits('J. D. Hooker', 'Hooker, J. D.')).toBe(false);
  });
});

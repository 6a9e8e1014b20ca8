import { describe, expect, it } from 'vitest';
import { classifyPersonId } from '../../../../../main/domain/person/person-id';

describe('classifyPersonId', () => {
  it('tells the 12-digit CCCD, the old 9-digit CMND and a passport number apart', () => {
    expect(classifyPersonId('001192012345')).toEqual({ kind: 'cccd', value: '001192012345' });
    expect(classifyPersonId('012 345 678')).toEqual({ kind: 'cmnd', value: '012345678' });
    expect(classifyPersonId('c1234567')).toEqual({ kind: 'passport', value: 'C1234567' });
    expect(classifyPersonId('N12345678')).toEqual({ kind: 'passport', value: 'N12345678' });
  });

  it('refuses numbers of any other length or shape', () => {
    for (const bad of ['', '12345678', '1234567890', '0011920123456', 'CC123456', 'C123456', '12345678A']) {
      expect(classifyPersonId(bad), bad).toBeNull();
    }
  });
});

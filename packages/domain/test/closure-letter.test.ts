import { InformationFormat, Nation, renderClosureLetter, type ClosureLetter } from '../src';

const letter: ClosureLetter = {
  council: 'Cardiff Council',
  nation: Nation.WALES,
  addressee: 'Gwen',
  reviewedOn: '2027-01-10',
  closedOn: '2027-01-11',
  reasons: 'Your needs are now met by NHS continuing healthcare.',
  otherHelp: 'The carers centre and the Age Cymru advice line remain open to you.',
  closureStatement: 'You said staying at home safely was achieved.',
  copiesTo: [],
};

describe('R17 closure letters', () => {
  it('R17 R2b a Welsh council’s closure letter heads its sections in Welsh first, with reasons, other help and the closure statement', () => {
    const { html, format } = renderClosureLetter(letter, { formats: [] });
    expect(format).toBeNull();
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('Pam mae eich cynllun wedi dod i ben / Why your plan has closed');
    expect(html).toContain('I ba raddau y cyflawnwyd eich canlyniadau / How far your outcomes were achieved');
    for (const text of [letter.reasons, 'The carers centre', letter.closureStatement!]) expect(html).toContain(text);
  });

  it('R17 R2b a Welsh council’s closure letter says its own wording in Welsh first, then English, in both layouts', () => {
    for (const [formats, welsh, english] of [
      [[], '<p>Adolygwyd eich cynllun gofal a chymorth ar 2027-01-10.', '<p>Your care and support plan was reviewed on 2027-01-10.'],
      [[InformationFormat.EASY_READ], '<p>Ar 2027-01-10 gwnaethom edrych ar eich cynllun gyda chi.', '<p>On 2027-01-10 we looked at your plan with you.'],
      [[], '<p>Os bydd eich anghenion yn newid, cysylltwch â Cardiff Council', '<p>If your needs change, contact Cardiff Council'],
      [[InformationFormat.EASY_READ], '<p>Os oes angen help arnoch eto, dywedwch wrth Cardiff Council.', '<p>If you need help again, tell Cardiff Council.'],
    ] as const) {
      const { html } = renderClosureLetter(letter, { formats: [...formats] });
      expect(html.indexOf(welsh)).toBeGreaterThan(0);
      expect(html.indexOf(english)).toBeGreaterThan(html.indexOf(welsh));
    }
    expect(renderClosureLetter({ ...letter, nation: Nation.ENGLAND }, { formats: [] }).html).not.toContain('Adolygwyd');
  });

  it('R17 R2b an English easy read letter: English headings, one idea a line, no closure statement section', () => {
    const { html, format } = renderClosureLetter({ ...letter, nation: Nation.ENGLAND, council: 'Hackney', closureStatement: null }, { formats: [InformationFormat.EASY_READ] });
    expect(format).toBe(InformationFormat.EASY_READ);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Why your plan ended</h2>');
    expect(html).not.toContain('Pam');
    expect(html).not.toContain('What went well');
    expect(html).toContain('<li>Your needs are now met by NHS continuing healthcare.</li>');
  });
});

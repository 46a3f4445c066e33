import { DecisionLetterKind, InformationFormat, Nation, chooseLayout, parseAdvice, renderDecisionLetter, type DecisionLetter } from '../src';

const advice = [
  { need: 'NUTRITION', advice: 'Hackney Meals on Wheels can bring a hot meal each day; call 020 8356 0000 and mention this letter.' },
  { need: 'HABITABLE_HOME', advice: 'Age UK East London runs a free handyperson service for small repairs such as your boiler cover.' },
];
const letter: DecisionLetter = {
  kind: DecisionLetterKind.NOT_ELIGIBLE,
  council: 'London Borough of Hackney',
  nation: Nation.ENGLAND,
  addressee: 'Maggie',
  decidedOn: '2026-11-23',
  reasons: 'You can prepare meals with some difficulty. You manage your home with help from your daughter.',
  advice,
  copiesTo: ['Sam Idowu (independent advocate)'],
  needLabel: (need) => need.toLowerCase().replace(/_/g, ' '),
};

describe('R4 decision letters', () => {
  it('R4 advice is specific to each need assessed, never a pointer to a website', () => {
    expect(parseAdvice(advice, ['NUTRITION', 'HABITABLE_HOME'])).toHaveLength(2);
    expect(() => parseAdvice(advice.slice(0, 1), ['NUTRITION', 'HABITABLE_HOME'])).toThrow(expect.objectContaining({ details: { field: 'advice' } }));
    expect(() => parseAdvice([{ need: 'NUTRITION', advice: 'See our website for more information about meals.' }], ['NUTRITION'])).toThrow(
      expect.objectContaining({ details: { field: 'advice.0.advice' } }),
    );
    expect(() => parseAdvice([{ ...advice[0], need: 'TOILET_NEEDS' }], ['NUTRITION'])).toThrow(expect.objectContaining({ details: { field: 'advice.0.need' } }));
  });

  it('R4 advice that only refers to a website is refused; a web address is refused for someone who cannot use the internet', () => {
    const onlyWeb = [{ need: 'NUTRITION', advice: 'Find out more at https://www.hackney.gov.uk/adult-social-care' }];
    expect(() => parseAdvice(onlyWeb, ['NUTRITION'])).toThrow(expect.objectContaining({ details: { field: 'advice.0.advice' } }));
    const withWeb = [{ need: 'NUTRITION', advice: 'The Tuesday lunch club at St John’s hall serves a hot meal for £3; details on hackney.gov.uk/lunch.' }];
    expect(parseAdvice(withWeb, ['NUTRITION'])).toHaveLength(1);
    expect(() => parseAdvice(withWeb, ['NUTRITION'], { postOnly: true })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'advice.0.advice' } }));
    expect(parseAdvice(advice, ['NUTRITION', 'HABITABLE_HOME'], { postOnly: true })).toHaveLength(2);
  });

  it('R4 R2b an easy read letter: plain words, one idea per line, large type', () => {
    const out = renderDecisionLetter(letter, { formats: [InformationFormat.EASY_READ] });
    expect(out).toMatchObject({ format: InformationFormat.EASY_READ, notYetAvailable: [] });
    expect(out.html).toContain('<main class="easy-read">');
    expect(out.html).toContain('<li>You can prepare meals with some difficulty.</li>');
    expect(out.html).toContain('What we decided');
    expect(out.html).toContain('Copy to: Sam Idowu (independent advocate)');
  });

  it('R4 R2b a large print letter, and formats not yet produced are flagged, never dropped', () => {
    const out = renderDecisionLetter(letter, { formats: [InformationFormat.BRAILLE, InformationFormat.LARGE_PRINT] });
    expect(out).toMatchObject({ format: InformationFormat.LARGE_PRINT, notYetAvailable: [InformationFormat.BRAILLE] });
    expect(out.html).toMatch(/font-size:20pt/);
    expect(out.html).toContain('<h3>nutrition</h3>');
    const standard = renderDecisionLetter(letter, { formats: [] });
    expect(standard).toMatchObject({ format: null, notYetAvailable: [] });
  });

  it('R4 escapes everything a practitioner typed', () => {
    const out = renderDecisionLetter({ ...letter, reasons: '<script>alert(1)</script> & more' }, { formats: [] });
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });
});

describe('R2b a spoken or signed language is a communication need like a format', () => {
  it('R2b a language the document is not written in is flagged as not yet available; Welsh is available from a Welsh council', () => {
    expect(chooseLayout({ formats: [InformationFormat.LARGE_PRINT], language: 'Polish' })).toMatchObject({ format: InformationFormat.LARGE_PRINT, languageNotYetAvailable: 'Polish' });
    expect(chooseLayout({ formats: [], language: null }).languageNotYetAvailable).toBeNull();
    expect(chooseLayout({ formats: [], language: 'Welsh' }, 'en').languageNotYetAvailable).toBe('Welsh');
    expect(chooseLayout({ formats: [], language: 'Cymraeg' }, 'cy').languageNotYetAvailable).toBeNull();
    expect(renderDecisionLetter(letter, { formats: [InformationFormat.BSL], language: 'Somali' })).toMatchObject({ notYetAvailable: [InformationFormat.BSL], languageNotYetAvailable: 'Somali' });
  });

  it('R2b a Welsh council’s decision letter is in Welsh first, then English; an English council’s in English', () => {
    const welsh = renderDecisionLetter({ ...letter, nation: Nation.WALES }, { formats: [], language: 'Welsh' });
    expect(welsh.languageNotYetAvailable).toBeNull();
    expect(welsh.html).toContain('<html lang="cy">');
    expect(welsh.html).toContain('<h1>Penderfyniad ar asesiad o’ch anghenion / Decision on your assessment of needs</h1>');
    expect(welsh.html).toContain('<h2>Ein penderfyniad / Our decision</h2>\n<p>Rydym wedi asesu eich anghenion');
    expect(welsh.html).toContain('<h2>Os ydych yn anghytuno / If you disagree</h2>');
    expect(welsh.html.indexOf('Gallwch ofyn i London Borough of Hackney')).toBeLessThan(welsh.html.indexOf('You can ask London Borough of Hackney'));
    const english = renderDecisionLetter(letter, { formats: [] });
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).not.toContain('Penderfyniad');
  });

  it('R2b a letter says itself what it is not yet available in, so it is arranged another way; nothing when all is there', () => {
    const { html } = renderDecisionLetter(letter, { formats: [InformationFormat.LARGE_PRINT, InformationFormat.BRAILLE], language: 'Tigrinya' });
    expect(html).toContain('<p role="note" class="not-yet-available">This is not yet available in braille, Tigrinya. We will arrange it for you another way.</p>');
    expect(html.indexOf('not-yet-available')).toBeLessThan(html.indexOf('Dear '));
    expect(renderDecisionLetter(letter, { formats: [InformationFormat.LARGE_PRINT] }).html).not.toContain('not-yet-available');
    const plan = renderDecisionLetter({ ...letter, nation: Nation.WALES }, { formats: [InformationFormat.AUDIO] }).html;
    expect(plan.indexOf('Nid yw hwn ar gael eto yn audio')).toBeLessThan(plan.indexOf('This is not yet available in audio'));
  });
});


import { InformationFormat, Nation, planSections, renderPlanHtml, type PlanDocument } from '../src';

const doc: PlanDocument = {
  council: 'Cardiff Council',
  nation: Nation.ENGLAND,
  addressee: 'Gwen',
  planVersion: 2,
  eligibleNeeds: ['NUTRITION'],
  outcomes: ['To stay at home'],
  support: [{ need: 'NUTRITION', description: 'Hot lunch', provider: 'Meals Ltd', schedule: 'daily' }],
  weeklyBudget: '£120.00',
  sections: {
    strengthsAndAssets: null,
    adviceAndInformation: 'Lunch club',
    contingencyPlan: 'Neighbour checks in',
    namedCoordinator: null,
    reviewArrangements: 'In 8 weeks',
    needsMetByCarer: null,
    directPaymentDetails: null,
    progressMonitoring: null,
  },
  needLabel: (n) => n.toLowerCase(),
};

describe('R10 plan copies', () => {
  it('R10 one ordered section model feeds every copy; empty optional sections are left out', () => {
    expect(planSections(doc).map((s) => s.section)).toEqual(['needs', 'outcomes', 'support', 'budget', 'adviceAndInformation', 'contingencyPlan', 'reviewArrangements']);
    expect(planSections(doc)[2].paragraphs).toEqual(['nutrition: Hot lunch, by Meals Ltd, daily.']);
  });

  it('R10 R2b easy read puts one idea on a line; Welsh councils head sections in Welsh first', () => {
    const easy = renderPlanHtml(doc, [InformationFormat.EASY_READ]);
    expect(easy).toMatchObject({ layout: 'easy-read', format: InformationFormat.EASY_READ });
    expect(easy.html).toContain('<li>To stay at home</li>');
    const welsh = renderPlanHtml({ ...doc, nation: Nation.WALES }, []);
    expect(welsh.html).toContain('<h2>Eich cyllideb bersonol / Your personal budget</h2>');
    expect(welsh.html).toContain('lang="cy"');
  });
});

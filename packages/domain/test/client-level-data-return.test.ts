import {
  AssessmentEventOutcome,
  AssessmentKind,
  CLD_CODE_LISTS,
  CLD_COLUMNS,
  CLD_UNFILLED_COLUMNS,
  ClientType,
  CldEventType,
  DELIVERY_MECHANISM_LABELS,
  DeliveryMechanism,
  Gender,
  LocalDate,
  PlanClosureReason,
  ReviewKind,
  ReviewOutcome,
  SERVICE_TYPE_LABELS,
  ServiceComponent,
  ServiceType,
  UnitType,
  UnplannedTrigger,
  cldRow,
  csvLine,
  reportingQuarter,
  type CldEvent,
  type CldPerson,
} from '../src';

const today = LocalDate.of(2026, 11, 30);
const person: CldPerson = {
  id: '6f1c9d3e-0000-4000-8000-000000000001',
  nhsNumber: '9434765919',
  localPersonId: null,
  dateOfBirth: '1950-02-01',
  dateOfDeath: null,
  postcode: 'E8 1DY',
  gender: Gender.FEMALE,
  ethnicity: null,
  primarySupportReason: null,
  accommodationStatus: null,
  clientType: null,
};
const q = reportingQuarter('2026-Q2', today);
const row = (e: Partial<CldEvent> & { type: CldEventType }) => {
  const values = cldRow('E09000012', q, person, { reference: 'ref', startDate: '2026-07-01', endDate: null, ...e });
  return Object.fromEntries(CLD_COLUMNS.map((c, i) => [c, values[i]]));
};

describe('CLD reporting quarter (issue 14)', () => {
  it.each([
    ['2026-Q1', '2026-04-01', '2026-06-30'],
    ['2026-Q2', '2026-07-01', '2026-09-30'],
    ['2025-Q3', '2025-10-01', '2025-12-31'],
    ['2025-q4', '2026-01-01', '2026-03-31'],
  ])('CLD %s is a financial-year quarter (Q1 April to June, Q4 January to March of the next year)', (raw, from, to) => {
    const quarter = reportingQuarter(raw, today);
    expect([quarter.from.toString(), quarter.to.toString()]).toEqual([from, to]);
    expect(quarter.label).toBe(raw.toUpperCase());
  });

  it.each(['2026Q2', '2026-Q5', '2026-Q0', '26-Q1', '', '2022-Q4', '2027-Q1'])('CLD refuses the quarter %p with BAD_USER_INPUT naming quarter', (raw) => {
    expect(() => reportingQuarter(raw, today)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'quarter' } }));
  });
});

describe('CLD rows (issue 14)', () => {
  it('CLD a row has every column, in the specification order, unfilled columns blank', () => {
    const r = row({ type: CldEventType.REQUEST });
    expect(Object.keys(r)).toEqual([...CLD_COLUMNS]);
    for (const c of CLD_UNFILLED_COLUMNS) expect(r[c]).toBe('');
    expect(r).toMatchObject({ LA_Code: 'E09000012', Reporting_Period_Start_Date: '2026-07-01', Reporting_Period_End_Date: '2026-09-30', NHS_Number: '9434765919' });
    expect(r.LA_Person_Unique_Identifier).toBe(person.id);
    expect(r).toMatchObject({ Event_Type: 'Request', Event_Outcome: 'Progress to Assessment', Client_Type: 'Service User', Gender: 'Female' });
  });

  it('CLD service type and delivery mechanism come out as the Release 1 values, mechanically from the codes', () => {
    expect(SERVICE_TYPE_LABELS[ServiceType.LONG_TERM_NURSING]).toBe('Long Term Support: Nursing Care');
    expect(SERVICE_TYPE_LABELS[ServiceType.LONG_TERM_RESIDENTIAL]).toBe('Long Term Support: Residential Care');
    expect(SERVICE_TYPE_LABELS[ServiceType.SHORT_TERM_REABLEMENT]).toBe('Short Term Support: ST-Max');
    expect(DELIVERY_MECHANISM_LABELS[DeliveryMechanism.COUNCIL_COMMISSIONED_SUPPORT_ONLY]).toBe('CASSR Commissioned Support');
    const r = row({
      type: CldEventType.SERVICE,
      serviceType: ServiceType.LONG_TERM_COMMUNITY,
      serviceComponent: ServiceComponent.HOME_CARE,
      deliveryMechanism: DeliveryMechanism.DIRECT_PAYMENT,
      unitCostPence: 2150,
      unitType: UnitType.HOUR,
      plannedUnitsPerWeek: 10.5,
    });
    expect(r).toMatchObject({
      Event_Type: 'Service',
      Event_Outcome: 'Provision of service',
      Service_Type: 'Long Term Support: Community',
      Delivery_Mechanism: 'Direct Payment',
      Unit_Cost: '21.50',
      Cost_Frequency_Unit_Type: 'Hourly',
      Planned_units_per_week: '10.5',
      Assessment_Type: '',
      Review_Reason: '',
    });
    expect(row({ type: CldEventType.SERVICE, endDate: '2026-08-01', closureReason: PlanClosureReason.DIED }).Event_Outcome).toBe('NFA - Deceased');
  });

  it('CLD assessments and reviews map their codes onto the Release 1 lists', () => {
    expect(row({ type: CldEventType.ASSESSMENT, assessmentKind: AssessmentKind.CARER, eligible: true, assessmentOutcome: AssessmentEventOutcome.NHS_FUNDED_CARE })).toMatchObject({
      Assessment_Type: 'Long Term Assessment',
      Eligible_Needs_Identified: 'Yes',
      Method_of_Assessment: 'Carer only',
      Event_Outcome: 'NFA - 100% NHS funded care',
    });
    expect(row({ type: CldEventType.ASSESSMENT, assessmentKind: AssessmentKind.JOINT, eligible: false }).Method_of_Assessment).toBe('Service user and carer');
    expect(row({ type: CldEventType.REVIEW, reviewKind: ReviewKind.UNPLANNED, trigger: UnplannedTrigger.HOSPITAL_ADMISSION, reviewOutcome: ReviewOutcome.REVISE })).toMatchObject({
      Review_Reason: 'Unplanned - Hospital (Planned and unplanned episodes)',
      Event_Outcome: 'Change in package',
      Method_of_Review: 'Service user only',
    });
    expect(row({ type: CldEventType.REVIEW, reviewKind: ReviewKind.PLANNED, reviewOutcome: ReviewOutcome.NO_CHANGE }).Review_Reason).toBe('Planned');
  });

  it('CLD every coded field of every kind of row is within its code list', () => {
    const events: Array<Partial<CldEvent> & { type: CldEventType }> = [
      { type: CldEventType.REQUEST, withdrawn: true },
      ...Object.values(AssessmentEventOutcome).map((o) => ({ type: CldEventType.ASSESSMENT, assessmentOutcome: o, assessmentKind: AssessmentKind.NEEDS, eligible: true })),
      ...Object.values(ServiceType).flatMap((t) => Object.values(UnitType).map((u) => ({ type: CldEventType.SERVICE, serviceType: t, unitType: u, deliveryMechanism: DeliveryMechanism.COUNCIL_MANAGED_PERSONAL_BUDGET }))),
      ...Object.values(PlanClosureReason).map((c) => ({ type: CldEventType.SERVICE, endDate: '2026-08-01', closureReason: c })),
      ...Object.values(UnplannedTrigger).flatMap((t) => Object.values(ReviewOutcome).map((o) => ({ type: CldEventType.REVIEW, reviewKind: ReviewKind.UNPLANNED, trigger: t, reviewOutcome: o }))),
      ...Object.values(ReviewKind).map((k) => ({ type: CldEventType.REVIEW, reviewKind: k })),
    ];
    for (const e of events) {
      for (const clientType of Object.values(ClientType)) {
        const values = cldRow('E09000012', q, { ...person, clientType }, { reference: 'r', startDate: '2026-07-01', endDate: null, ...e });
        CLD_COLUMNS.forEach((c, i) => {
          const list = CLD_CODE_LISTS[c];
          if (list && values[i] !== '') expect([c, list.includes(values[i])]).toEqual([c, true]);
        });
      }
    }
  });

  it('CLD csvLine quotes what would break a field and ends each line with CRLF', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', ''])).toBe('a,"b,c","say ""hi""",\r\n');
  });
});

import { Column, Entity } from 'typeorm';
import type { InvolvementDifficulty } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

/** R2a facts as recorded at one time; the latest record applies and earlier ones stay as history. */
@Entity({ name: 'advocacy_facts', schema: 'people' })
export class AdvocacyFactsRecord extends PersonRecord {
  @Column({ type: 'text', array: true })
  difficulties!: InvolvementDifficulty[];

  @Column({ type: 'boolean', name: 'likely_hospital_stay_28_days' })
  likelyHospitalStay28Days!: boolean;

  @Column({ type: 'boolean', name: 'likely_care_home_stay_8_weeks' })
  likelyCareHomeStay8Weeks!: boolean;

  @Column({ type: 'boolean' })
  disagreementAdvocateWouldHelp!: boolean;

  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

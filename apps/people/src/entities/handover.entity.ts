import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContinuityDuty, HandoverStatus } from '@careplan/domain';

/** A named contact for a move at one council, copied when named so the other council can read it. */
export interface HandoverContact {
  practitionerId: string;
  /** Their sign-in: reminders and the plan put in place on arrival name them. */
  userId: string;
  name: string;
  phone: string | null;
  email: string | null;
}

/**
 * A person's move from one council's area to another's (R20–R22). The one row two councils share:
 * row-level security lets exactly the two named on it read it, and nobody else.
 */
@Entity({ name: 'handover', schema: 'people' })
export class Handover {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The council the person is leaving (the sending council). */
  @Column({ type: 'text' })
  fromAuthorityCode!: string;

  /** The council the person is moving to (the receiving council), which started the handover. */
  @Column({ type: 'text' })
  toAuthorityCode!: string;

  @Column({ type: 'text' })
  continuityDuty!: ContinuityDuty;

  @Column({ type: 'text' })
  status!: HandoverStatus;

  // The notice, as the receiving council gave it: what the sending council matches its records against.
  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  familyName!: string;

  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'text', nullable: true })
  nhsNumber!: string | null;

  @Column({ type: 'date' })
  intendedMoveDate!: string;

  /** The date the move is now expected (the intended one unless changed). */
  @Column({ type: 'date' })
  moveDate!: string;

  /** The receiving council's own record of the person. */
  @Column({ type: 'uuid' })
  toPersonId!: string;

  /** The sending council's record, once it has matched the notice. */
  @Column({ type: 'uuid', nullable: true })
  fromPersonId!: string | null;

  @Column({ type: 'jsonb' })
  toContact!: HandoverContact;

  @Column({ type: 'jsonb', nullable: true })
  fromContact!: HandoverContact | null;

  /** R22: the receiving council's own assessment, and how it differs from the sending council's view. */
  @Column({ type: 'uuid', nullable: true })
  secondAssessmentId!: string | null;

  @Column({ type: 'text', nullable: true })
  differencesExplanation!: string | null;

  /** R22: the plan the receiving council put in place on arrival, continuing the sending council's. */
  @Column({ type: 'uuid', nullable: true })
  continuityPlanId!: string | null;

  @Column({ type: 'date', nullable: true })
  arrivedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  closedReason!: string | null;

  /** For a move a death withdrew: the status it had, and the records (one per council) whose date of death holds it. */
  @Column({ type: 'text', nullable: true })
  withdrawnFrom!: HandoverStatus | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  withdrawnForDeaths!: string[];

  /** When a move a death recorded in error withdrew came back, and why. */
  @Column({ type: 'date', nullable: true })
  reinstatedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  reinstatedReason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

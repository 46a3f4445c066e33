import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Nation } from '@careplan/domain';

/** A council using careplan. Reference data: readable by every caller, written only by onboarding. */
@Entity({ name: 'authority', schema: 'people' })
export class Authority {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  nation!: Nation;

  /** R9: days a person has to consider a proposed plan (default 14). */
  @Column({ type: 'integer', default: 14 })
  planConsiderationDays!: number;

  /** When the council left careplan: its rows are erased, the row stays for the moves it shared. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  offboardedAt!: Date | null;
}

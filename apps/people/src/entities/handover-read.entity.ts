import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One read of a handover's package: both councils see every read of what they share (append-only). */
@Entity({ name: 'handover_package_read', schema: 'people' })
export class HandoverPackageRead {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  handoverId!: string;

  /** The council of who read it. */
  @Column({ type: 'text' })
  authorityCode!: string;

  @Column({ type: 'text' })
  userId!: string;

  @Column({ type: 'text' })
  requestId!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per (user, clientRequestId): makes a retried write return its first result. */
@Entity('client_requests')
export class ClientRequest {
  @PrimaryColumn('int')
  userId: number;

  @PrimaryColumn('text')
  clientRequestId: string;

  @Column('text')
  operation: string;

  @Column('int', { nullable: true })
  resultId: number | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}

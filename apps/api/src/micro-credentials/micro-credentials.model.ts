import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PdUnit } from '../domain/pd-enums';

export enum McSubmissionStatus {
  /** The teacher is building her portfolio. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Submitted; assessors are scoring it. */
  SUBMITTED = 'SUBMITTED',
  /** Two assessors agreed it meets the rubric: a counted PD record and a signed credential. */
  PASSED = 'PASSED',
  /** Two assessors agreed it does not yet; feedback returned, she may resubmit. */
  RETURNED = 'RETURNED',
  /** Not passed and no resubmission left. */
  NOT_PASSED = 'NOT_PASSED',
}
registerEnumType(McSubmissionStatus, { name: 'McSubmissionStatus' });

@ObjectType('RubricCriterion')
export class RubricCriterionModel {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

@ObjectType('RubricLevel')
export class RubricLevelModel {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) points!: number;
}

@ObjectType('Rubric')
export class RubricModel {
  @Field(() => [RubricCriterionModel]) criteria!: RubricCriterionModel[];
  @Field(() => [RubricLevelModel], { description: 'Lowest to highest.' }) levels!: RubricLevelModel[];
  @Field(() => String, { description: 'Passing rule: every criterion scored at this level or higher ...' })
  passingLevelId!: string;
  @Field(() => Int, { nullable: true, description: '... and, when set, at least this many points in total.' })
  minimumTotalPoints!: number | null;
}

@ObjectType('Alignment')
export class AlignmentModel {
  @Field(() => String) targetName!: string;
  @Field(() => String) targetUrl!: string;
  @Field(() => String, { nullable: true }) targetDescription!: string | null;
  @Field(() => String, { nullable: true }) targetFramework!: string | null;
  @Field(() => String, { nullable: true }) targetCode!: string | null;
}

@ObjectType('MicroCredential')
export class MicroCredentialModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) catalogItemId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) competency!: string;
  @Field(() => String, { description: 'What to submit.' }) submissionGuidance!: string;
  @Field(() => String) researchBasis!: string;
  @Field(() => RubricModel) rubric!: RubricModel;
  @Field(() => String, { description: 'The credit it carries, an exact decimal.' }) creditAmount!: string;
  @Field(() => PdUnit) creditUnit!: PdUnit;
  @Field(() => String, { nullable: true, description: 'The Open Badges 3.0 Achievement id it was imported from.' })
  achievementId!: string | null;
  @Field(() => [AlignmentModel]) alignments!: AlignmentModel[];
}

@InputType('RubricCriterionInput')
export class RubricCriterionInput {
  @Field(() => String, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}

@InputType('RubricLevelInput')
export class RubricLevelInput {
  @Field(() => String, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => Int) points!: number;
}

@InputType('RubricInput')
export class RubricInput {
  @Field(() => [RubricCriterionInput]) criteria!: RubricCriterionInput[];
  @Field(() => [RubricLevelInput]) levels!: RubricLevelInput[];
  @Field(() => String) passingLevelId!: string;
  @Field(() => Int, { nullable: true }) minimumTotalPoints?: number | null;
}

@InputType('MicroCredentialInput')
export class MicroCredentialInput {
  @Field(() => String) name!: string;
  @Field(() => String) competency!: string;
  @Field(() => String) submissionGuidance!: string;
  @Field(() => String) researchBasis!: string;
  @Field(() => RubricInput) rubric!: RubricInput;
  @Field(() => String) creditAmount!: string;
  @Field(() => PdUnit) creditUnit!: PdUnit;
}

@InputType('MicroCredentialImportInput')
export class MicroCredentialImportInput {
  @Field(() => String, { description: 'An Open Badges 3.0 Achievement (or an OpenBadgeCredential holding one), as JSON.' })
  achievementJson!: string;
  @Field(() => String, { nullable: true, description: 'Default: the first alignment target name, else the first tag.' })
  competency?: string | null;
  @Field(() => String, { nullable: true, description: "Default: the achievement's criteria narrative." })
  submissionGuidance?: string | null;
  @Field(() => String) researchBasis!: string;
  @Field(() => RubricInput) rubric!: RubricInput;
  @Field(() => String) creditAmount!: string;
  @Field(() => PdUnit) creditUnit!: PdUnit;
}

@ObjectType('PortfolioEntry')
export class PortfolioEntryModel {
  @Field(() => String) criterionId!: string;
  @Field(() => String) reflection!: string;
  @Field(() => [String]) links!: string[];
  @Field(() => [ID], { description: 'Evidence files (uploaded with POST /api/evidence).' }) evidenceFileIds!: string[];
  @Field(() => Date) updatedAt!: Date;
}

@InputType('PortfolioEntryInput')
export class PortfolioEntryInput {
  @Field(() => String) criterionId!: string;
  @Field(() => String, { defaultValue: '' }) reflection!: string;
  @Field(() => [String], { defaultValue: [] }) links!: string[];
  @Field(() => [ID], { defaultValue: [] }) evidenceFileIds!: string[];
}

@ObjectType('CriterionScore')
export class CriterionScoreModel {
  @Field(() => String) criterionId!: string;
  @Field(() => String) levelId!: string;
  @Field(() => String) feedback!: string;
}

@InputType('CriterionScoreInput')
export class CriterionScoreInput {
  @Field(() => String) criterionId!: string;
  @Field(() => String) levelId!: string;
  @Field(() => String) feedback!: string;
}

@ObjectType('McAssessmentFeedback', { description: "One assessor's scores of one attempt, without the assessor's name." })
export class McAssessmentFeedbackModel {
  @Field(() => Int) attempt!: number;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => [CriterionScoreModel]) scores!: CriterionScoreModel[];
}

@ObjectType('McSubmission', { description: "An educator's pursuit of one micro-credential." })
export class McSubmissionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) educatorId!: string;
  @Field(() => MicroCredentialModel) microCredential!: MicroCredentialModel;
  @Field(() => String, { nullable: true, description: 'Her personal growth goal; shown to her principal.' })
  growthGoal!: string | null;
  @Field(() => McSubmissionStatus) status!: McSubmissionStatus;
  @Field(() => Int) attempt!: number;
  @Field(() => Int, { description: 'Resubmissions left after this attempt (HR sets the limit).' }) resubmissionsLeft!: number;
  @Field(() => [PortfolioEntryModel]) portfolio!: PortfolioEntryModel[];
  @Field(() => [McAssessmentFeedbackModel], { description: 'Scored assessments of decided attempts.' })
  feedback!: McAssessmentFeedbackModel[];
  @Field(() => ID, { nullable: true, description: 'The counted PD record, once passed.' }) pdRecordId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The signed credential, once passed.' }) credentialId!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('AssessorAssignment', { description: 'A portfolio assigned to the signed-in assessor.' })
export class AssessorAssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) submissionId!: string;
  @Field(() => Int) attempt!: number;
  @Field(() => MicroCredentialModel) microCredential!: MicroCredentialModel;
  @Field(() => [PortfolioEntryModel]) portfolio!: PortfolioEntryModel[];
  @Field(() => String, { nullable: true, description: 'Null under blind review.' }) teacherName!: string | null;
  @Field(() => String, { nullable: true, description: 'Null under blind review.' }) schoolName!: string | null;
  @Field(() => Date) assignedAt!: Date;
  @Field(() => Date, { nullable: true }) scoredAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) passed!: boolean | null;
  @Field(() => [CriterionScoreModel], { nullable: true }) scores!: CriterionScoreModel[] | null;
}

@ObjectType('McAssessmentSummary', { description: 'An assessment as HR sees it.' })
export class McAssessmentSummaryModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) attempt!: number;
  @Field(() => ID) assessorAccountId!: string;
  @Field(() => String) assessorName!: string;
  @Field(() => Date) assignedAt!: Date;
  @Field(() => Date, { nullable: true }) scoredAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) passed!: boolean | null;
}

@ObjectType('McReviewRow', { description: 'A submission in HR’s view of the cycle.' })
export class McReviewRowModel {
  @Field(() => McSubmissionModel) submission!: McSubmissionModel;
  @Field(() => String) educatorName!: string;
  @Field(() => Boolean, { description: 'The first two assessors disagree: assign a third.' }) needsThirdAssessor!: boolean;
  @Field(() => [McAssessmentSummaryModel]) assessments!: McAssessmentSummaryModel[];
}

@ObjectType('AssessorWorkload')
export class AssessorWorkloadModel {
  @Field(() => ID) accountId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => Int) open!: number;
  @Field(() => Int) scored!: number;
  @Field(() => String, { nullable: true, description: 'Mean hours from assignment to score, 2 decimals.' })
  averageTurnaroundHours!: string | null;
}

@ObjectType('MicroCredentialSettings')
export class MicroCredentialSettingsModel {
  @Field(() => Boolean, { description: 'Assessors see neither the teacher’s name nor her school.' }) blindReview!: boolean;
  @Field(() => Int, { description: 'Resubmissions allowed after a first attempt that did not pass.' })
  resubmissionLimit!: number;
}

@ObjectType('AssessorAccount')
export class AssessorAccountModel {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true, description: 'A one-time path to set a password (on creation only).' })
  passwordSetPath!: string | null;
}

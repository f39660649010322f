import { z } from "zod";
import { participantSchema } from "@/lib/schemas/participant";

// The self-service forms send one participant (the registration form's schema) plus what it belongs to.
export const addParticipantSchema = z.object({ directionId: z.string().min(1) }).and(participantSchema);
export const changeParticipantSchema = z.object({ participantId: z.string().min(1) }).and(participantSchema);
export const participantRefSchema = z.object({ participantId: z.string().min(1) });
export const directionRefSchema = z.object({ directionId: z.string().min(1) });

package uk.tidemark.kernel.incident;

/** Why a case was escalated to the police: the criminal activity suspected. */
public enum PoliceReason {
    THREATS_OF_VIOLENCE, HATE_CRIME, HARASSMENT, INDECENT_IMAGES, OTHER_CRIMINAL
}

package uk.tidemark.kernel.incident;

/** Where the incident happened. */
public enum Platform {
    FACEBOOK, X, INSTAGRAM, TIKTOK, YOUTUBE, LINKEDIN, WHATSAPP, SNAPCHAT, ROBLOX, MINECRAFT, OTHER_GAME,
    WEBSITE_COMMENT, EMAIL, OTHER
}

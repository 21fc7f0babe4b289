"""Names of the boilerplate categories a removed line can carry."""

ADVERTISEMENT = "advertisement"
NEWSLETTER_PROMO = "newsletter_promo"
AUTHOR_BIO = "author_bio"
AUTHOR_CONTACT = "author_contact"
COPYRIGHT = "copyright"
COMMENT_POLICY = "comment_policy"
PHOTO_CAPTION = "photo_caption"
PHOTO_CREDIT = "photo_credit"
NAVIGATION = "navigation"
SECTION_LABEL = "section_label"
DUPLICATE_TITLE = "duplicate_title"
RELATED_LINKS = "related_links"
JOB_AD = "job_ad"
DATELINE_HEADER = "dateline_header"
COOKIE_NOTICE = "cookie_notice"
SHARE_BUTTONS = "share_buttons"
BYLINE = "byline"
READ_TIME = "read_time"
TAGS = "tags"
VIDEO_PLAYER = "video_player"
PAYWALL = "paywall"
STORY_CONTINUES = "story_continues"
MOST_READ = "most_read"
# Reader comments below the article (prose, but not the article's).
COMMENTS = "comments"
# Page chrome outside the body block that fits no narrower category.
OTHER = "other"
# A line that recurs across many articles of the same source (learned by the pipeline).
SOURCE_REPEATED = "source_repeated"

ALL = (
    ADVERTISEMENT, NEWSLETTER_PROMO, AUTHOR_BIO, AUTHOR_CONTACT, COPYRIGHT,
    COMMENT_POLICY, PHOTO_CAPTION, PHOTO_CREDIT, NAVIGATION, SECTION_LABEL,
    DUPLICATE_TITLE, RELATED_LINKS, JOB_AD, DATELINE_HEADER, COOKIE_NOTICE,
    SHARE_BUTTONS, BYLINE, READ_TIME, TAGS, VIDEO_PLAYER, PAYWALL,
    STORY_CONTINUES, MOST_READ, COMMENTS, OTHER, SOURCE_REPEATED,
)

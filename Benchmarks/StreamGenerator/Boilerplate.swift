/// Lines that sites add around copied articles, written for the generator (not taken from any source).
enum Boilerplate {
    static let lines: [String] = [
        "Follow us on social media for the latest updates on this story.",
        "Sign up for our morning newsletter and get the day's top stories in your inbox.",
        "This article has been updated with additional reporting from our correspondents.",
        "Reporting by our staff; editing by the international news desk.",
        "Click here to read more stories from our world section.",
        "All rights reserved. This content may not be reproduced without written permission.",
        "Have a news tip? Contact our newsroom by email or phone.",
        "Share this article with your friends and family.",
        "Advertisement",
        "Related coverage: see our live page for continuing updates.",
        "Our journalists verify every report before publication.",
        "Comments on this article are closed.",
    ]
}

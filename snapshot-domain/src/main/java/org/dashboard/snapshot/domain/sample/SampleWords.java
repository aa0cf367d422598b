package org.dashboard.snapshot.domain.sample;

/** Word lists for titles and names. Names come as {display, ascii slug} pairs; the slug builds the email. */
final class SampleWords {
    static final String[] COURSE_PREFIXES = {
        "Introduction to", "Principles of", "Foundations of", "Topics in", "Applied", "Essentials of",
    };

    static final String[] COURSE_SUBJECTS = {
        "Soil Science", "Organic Chemistry", "Microeconomics", "Statistics, Data and Society", "Plant Biology",
        "Environmental Science", "Physics", "Human Physiology", "Public Health", "Gardening", "Ecology",
        "Probability", "Genetics", "Climate Systems", "\"Big Data\" Literacy",
    };

    static final String[] UNIT_TOPICS = {
        "Foundations and Key Ideas", "Measurement and Uncertainty", "Energy, Work and Power", "Cells and Tissues",
        "Data Collection", "Probability Basics", "Markets and Prices", "Ecosystems", "Water and Soil",
        "Chemical Reactions", "Forces and Motion", "Waves, Light and Sound", "The \"Invisible Hand\"",
        "Genetics and Heredity", "Sampling and Surveys", "Hypothesis Testing", "Regression and Correlation",
        "Climate Systems", "Plant Anatomy", "Nutrient Cycles", "Supply and Demand", "Labor Markets", "Public Goods",
        "Atoms and Molecules", "Acids and Bases", "Thermodynamics", "Electric Circuits", "Evolution",
        "Microbial Life", "Research Ethics", "Visualizing Data", "Experimental Design", "Growth, Inflation and Money",
        "Trade and Globalization", "Soil Chemistry", "Irrigation Methods", "Pests, Weeds and Disease",
        "Harvest and Storage", "Review and Synthesis",
    };

    static final String[] PAGE_PREFIXES = {
        "Reading:", "Introduction to", "Exploring", "Practice:", "Worked Examples:", "Lab:", "Case Study:",
        "Video:", "Simulation:",
    };

    static final String[] ASSESSMENT_PREFIXES = {"Quiz:", "Checkpoint:", "Problem Set:", "Graded Lab:"};

    static final String[] CONCEPTS = {
        "Key Terms", "Units and Scales", "Graph Reading", "Significant Figures", "Rates of Change",
        "Energy Transfer", "Photosynthesis", "Root Systems", "Equilibrium", "Elasticity", "Sampling Bias",
        "Confidence Intervals", "Correlation vs. Causation", "Cell Membranes", "Half-Life", "Ohm's Law",
        "Newton's Laws", "Food Webs", "Compost, Mulch and Soil Health", "The \"Tragedy\" of the Commons",
        "Opportunity Cost", "Marginal Analysis", "Density", "The pH Scale", "Diffusion", "Punnett Squares",
        "Scientific Notation", "Estimation", "Error Bars", "Feedback Loops", "Standard Deviation", "Osmosis",
        "Chemical Bonds", "Price Controls", "Natural Selection", "Seed Germination",
    };

    static final String[] OBJECTIVE_VERBS = {
        "Explain", "Describe", "Apply", "Analyze", "Compare", "Evaluate", "Interpret", "Calculate", "Predict",
        "Identify", "Design", "Justify",
    };

    static final String[] OBJECTIVE_OBJECTS = {
        "the role of soil nutrients", "energy transfer in ecosystems", "the law of supply and demand",
        "sampling distributions", "chemical equilibrium", "transport across cell membranes", "graphs of motion",
        "experimental controls", "sources of measurement error", "genetic crosses", "market failures",
        "circuit diagrams", "climate feedbacks", "confidence intervals", "unit conversions", "reaction rates",
        "root system structure", "the water cycle", "opportunity costs", "the scientific method",
        "acid-base titrations", "population growth", "heat and temperature", "correlation and causation",
        "the structure of atoms", "plant nutrition", "\"normal\" distributions", "trade-offs, costs and benefits",
        "food webs", "natural selection", "Ohm's law", "data visualizations",
    };

    static final String[][] GIVEN_NAMES = {
        {"Ada", "ada"}, {"Liam", "liam"}, {"Olivia", "olivia"}, {"Noah", "noah"}, {"Emma", "emma"},
        {"Mateo", "mateo"}, {"Sofia", "sofia"}, {"Lucas", "lucas"}, {"Amelia", "amelia"}, {"Ethan", "ethan"},
        {"Mia", "mia"}, {"Aarav", "aarav"}, {"Priya", "priya"}, {"Kenji", "kenji"}, {"Yuki", "yuki"},
        {"Chloé", "chloe"}, {"Léa", "lea"}, {"Björn", "bjorn"}, {"Zoë", "zoe"}, {"Ana", "ana"}, {"Diego", "diego"},
        {"Lucía", "lucia"}, {"محمد", "mohammed"}, {"فاطمة", "fatima"}, {"伟", "wei"}, {"静", "jing"},
        {"明", "ming"}, {"Kwame", "kwame"}, {"Amara", "amara"}, {"Chidi", "chidi"}, {"Oksana", "oksana"},
        {"Dmitri", "dmitri"}, {"Siobhán", "siobhan"}, {"Sebastián", "sebastian"}, {"Renée", "renee"},
        {"Jürgen", "jurgen"}, {"Iñigo", "inigo"}, {"Hannah", "hannah"}, {"Grace", "grace"}, {"Samuel", "samuel"},
        {"Isabella", "isabella"}, {"Daniel", "daniel"}, {"Maya", "maya"}, {"Omar", "omar"}, {"Leila", "leila"},
        {"Tomás", "tomas"}, {"Ingrid", "ingrid"}, {"Raj", "raj"}, {"Mei", "mei"}, {"Hiroshi", "hiroshi"},
        {"Nadia", "nadia"}, {"Elif", "elif"}, {"Mehmet", "mehmet"}, {"Agnieszka", "agnieszka"}, {"Paweł", "pawel"},
        {"Jamal", "jamal"}, {"Aisha", "aisha"}, {"Carlos", "carlos"}, {"Freya", "freya"}, {"Oscar", "oscar"},
    };

    static final String[][] FAMILY_NAMES = {
        {"Smith", "smith"}, {"Johnson", "johnson"}, {"García", "garcia"}, {"Müller", "muller"},
        {"Núñez", "nunez"}, {"Nguyễn", "nguyen"}, {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"Kim", "kim"},
        {"Patel", "patel"}, {"Okafor", "okafor"}, {"Kowalski", "kowalski"}, {"Rossi", "rossi"},
        {"Dubois", "dubois"}, {"Schröder", "schroder"}, {"Haddad", "haddad"}, {"الهاشمي", "alhashimi"},
        {"Yılmaz", "yilmaz"}, {"Sato", "sato"}, {"Tanaka", "tanaka"}, {"O'Brien", "obrien"},
        {"Ivanova", "ivanova"}, {"Andersson", "andersson"}, {"Silva", "silva"}, {"Costa", "costa"},
        {"Martínez", "martinez"}, {"López", "lopez"}, {"Brown", "brown"}, {"Wilson", "wilson"},
        {"Taylor", "taylor"}, {"Moore", "moore"}, {"Clark", "clark"}, {"Lewis", "lewis"}, {"Walker", "walker"},
        {"Hall", "hall"}, {"Young", "young"}, {"King", "king"}, {"Wright", "wright"}, {"Scott", "scott"},
        {"Green", "green"}, {"Baker", "baker"}, {"Adams", "adams"}, {"Nelson", "nelson"}, {"Hill", "hill"},
        {"Campbell", "campbell"}, {"Mitchell", "mitchell"}, {"Roberts", "roberts"}, {"Carter", "carter"},
        {"Evans", "evans"}, {"Turner", "turner"}, {"Torres", "torres"}, {"Parker", "parker"},
        {"Collins", "collins"}, {"Edwards", "edwards"}, {"Stewart", "stewart"}, {"Flores", "flores"},
        {"Murphy", "murphy"}, {"Cook", "cook"}, {"Rogers", "rogers"}, {"Morgan", "morgan"}, {"Cooper", "cooper"},
        {"Reed", "reed"}, {"Bailey", "bailey"}, {"Gómez", "gomez"}, {"Kelly", "kelly"}, {"Howard", "howard"},
        {"Diaz", "diaz"}, {"Richardson", "richardson"}, {"Watson", "watson"}, {"Brooks", "brooks"},
        {"Bennett", "bennett"}, {"Reyes", "reyes"}, {"Cruz", "cruz"}, {"Hughes", "hughes"}, {"Foster", "foster"},
        {"Morales", "morales"}, {"Sullivan", "sullivan"}, {"Ortiz", "ortiz"}, {"Gutiérrez", "gutierrez"},
        {"Fischer", "fischer"}, {"Nakamura", "nakamura"}, {"Mensah", "mensah"}, {"Novak", "novak"},
    };

    /**
     * Hand-written students spread through every cohort: each awkward case a roster meets. {given, family, slug}
     * with an empty slug for the blank names (their email is {@code student<id>@...}).
     */
    static final String[][] NAME_CAST = {
        {"José", "Núñez", "jnunez"},
        {"Jürgen", "Müller", "jmuller"},
        {"伟", "王", "wwang"},
        {"فاطمة", "الهاشمي", "falhashimi"},
        {"Martin", "King, Jr.", "mking"},
        {"Robert \"Bobby\"", "Tables", "rtables"},
        {"", "", ""},
        {"=Eve", "Mallory", "emallory"},
        {"  ", " ", ""},
    };

    private SampleWords() {
    }
}

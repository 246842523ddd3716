window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001526408476748167"
          ],
          "editableUntil": "2025-12-18T06:34:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "2001526408476748167",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001526408476748167",
      "created_at": "Thu Dec 18 05:34:17 +0000 2025",
      "favorited": false,
      "full_text": "End of the year. Ten winters of night lows, one tidepool that made me cry twice. Thanks for reading along. See you at the next low.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1998143844908628999"
          ],
          "editableUntil": "2025-12-08T22:33:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nell Varga-Sand",
            "screen_name": "nudibranchnell",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000063452",
            "id": "1500000000000063452"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "118"
      ],
      "favorite_count": "16",
      "id_str": "1998143844908628999",
      "truncated": false,
      "retweet_count": "0",
      "id": "1998143844908628999",
      "created_at": "Mon Dec 08 21:33:11 +0000 2025",
      "favorited": false,
      "full_text": "@nudibranchnell Thank you for a whole year of nudibranch photos that made my mornings. See you on the January lows. &lt;3",
      "lang": "en",
      "in_reply_to_screen_name": "nudibranchnell",
      "in_reply_to_user_id_str": "1500000000000063452",
      "in_reply_to_user_id": "1500000000000063452",
      "in_reply_to_status_id_str": "1998128745413149661",
      "in_reply_to_status_id": "1998128745413149661"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1993193337256087989"
          ],
          "editableUntil": "2025-11-25T06:41:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/HwXP6vAwl2",
            "expanded_url": "https://example.org/fogbell-station/reports/2025-annual",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "61",
      "id_str": "1993193337256087989",
      "truncated": false,
      "retweet_count": "2",
      "id": "1993193337256087989",
      "created_at": "Tue Nov 25 05:41:38 +0000 2025",
      "favorited": false,
      "full_text": "Our 2025 end-of-year report, with the sunflower star sightings and juvenile ochre trends. Plain-language version at the top. https://t.co/HwXP6vAwl2",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1990809819150164591"
          ],
          "editableUntil": "2025-11-18T16:50:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "10",
              "25"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "90",
      "id_str": "1990809819150164591",
      "truncated": false,
      "retweet_count": "3",
      "id": "1990809819150164591",
      "created_at": "Tue Nov 18 15:50:23 +0000 2025",
      "favorited": false,
      "full_text": "Huge day: @gradstudentgus passed his defense this afternoon. Doctor Gus! I'm so proud I could fill a tidepool with it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1987043409656005598"
          ],
          "editableUntil": "2025-11-08T07:24:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "7",
      "id_str": "1987043409656005598",
      "truncated": false,
      "retweet_count": "1",
      "id": "1987043409656005598",
      "created_at": "Sat Nov 08 06:24:01 +0000 2025",
      "favorited": false,
      "full_text": "Night lows again. -1.5 ft at 7:30pm Tuesday. Headlamps charged, gumboots by the door, tide table in my pocket. Same ritual, different year.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1983227176025638489"
          ],
          "editableUntil": "2025-10-28T18:39:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "5",
      "id_str": "1983227176025638489",
      "truncated": false,
      "retweet_count": "1",
      "id": "1983227176025638489",
      "created_at": "Tue Oct 28 17:39:40 +0000 2025",
      "favorited": false,
      "full_text": "The first winter storm came early. Swell stacking up, kelp on the beach, everyone quiet. We'll see what spring brings.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980720966140086295"
          ],
          "editableUntil": "2025-10-21T20:40:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CitizenScience",
            "indices": [
              "111",
              "126"
            ]
          },
          {
            "text": "SeaStarWatch",
            "indices": [
              "127",
              "140"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "89",
      "id_str": "1980720966140086295",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980720966140086295",
      "created_at": "Tue Oct 21 19:40:53 +0000 2025",
      "favorited": false,
      "full_text": "Annual count: 5,230 sea stars logged by our volunteers this year, including 11 sunflower stars. Thank you all. #CitizenScience #SeaStarWatch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978529895283874865"
          ],
          "editableUntil": "2025-10-15T19:34:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/ePRQ9i6Rd8",
            "expanded_url": "https://example.org/journals/open-ecology-data/fogbell-sea-stars",
            "display_url": "example.org/journals/open…",
            "indices": [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "5",
      "id_str": "1978529895283874865",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978529895283874865",
      "created_at": "Wed Oct 15 18:34:21 +0000 2025",
      "favorited": false,
      "full_text": "Data paper accepted! Ten years of volunteer sea star counts, fully open, with a very boring and very thorough methods section. https://t.co/ePRQ9i6Rd8",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976834897346446453"
          ],
          "editableUntil": "2025-10-11T03:19:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "12",
      "id_str": "1976834897346446453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976834897346446453",
      "created_at": "Sat Oct 11 02:19:02 +0000 2025",
      "favorited": false,
      "full_text": "Field notebooks are really letters to my future self. “Check this pool again.” “Ask someone about this sponge.” “Wear the other boots.”",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975388810376162770"
          ],
          "editableUntil": "2025-10-07T03:32:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "96"
      ],
      "favorite_count": "10",
      "id_str": "1975388810376162770",
      "truncated": false,
      "retweet_count": "8",
      "id": "1975388810376162770",
      "created_at": "Tue Oct 07 02:32:48 +0000 2025",
      "favorited": false,
      "full_text": "@gradstudentgus Your defense date is set!! I'm bringing the good coffee. Actually hot this time.",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1975011323019961916",
      "in_reply_to_status_id": "1975011323019961916"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972437308013601497"
          ],
          "editableUntil": "2025-09-29T00:04:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Driftwood Lab",
            "screen_name": "driftwoodlab",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000023857",
            "id": "1500000000000023857"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1972437308013601497",
      "truncated": false,
      "retweet_count": "1",
      "id": "1972437308013601497",
      "created_at": "Sun Sep 28 23:04:35 +0000 2025",
      "favorited": false,
      "full_text": "RT @driftwoodlab: Winter field season starts in November. Seeking volunteers who enjoy headlamps, wet socks and the company of crabs.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970321894013404225"
          ],
          "editableUntil": "2025-09-23T03:58:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/UsrwUYCSCH",
            "expanded_url": "https://example.org/mara/talks/2025-decade-slides",
            "display_url": "example.org/mara/talks/20…",
            "indices": [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "1",
      "id_str": "1970321894013404225",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970321894013404225",
      "created_at": "Tue Sep 23 02:58:41 +0000 2025",
      "favorited": false,
      "full_text": "Slides from my fall talk, “Sea stars after wasting: a decade of counts from a foggy reach.” Borrow the figures, credit the volunteers. https://t.co/UsrwUYCSCH",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968185818872491033"
          ],
          "editableUntil": "2025-09-17T06:30:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "39",
      "id_str": "1968185818872491033",
      "truncated": false,
      "retweet_count": "1",
      "id": "1968185818872491033",
      "created_at": "Wed Sep 17 05:30:41 +0000 2025",
      "favorited": false,
      "full_text": "Data season again. Spreadsheets full of sunflower stars this year, a sentence I never thought I'd type.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965515070635795532"
          ],
          "editableUntil": "2025-09-09T21:38:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "19",
      "id_str": "1965515070635795532",
      "truncated": false,
      "retweet_count": "1",
      "id": "1965515070635795532",
      "created_at": "Tue Sep 09 20:38:05 +0000 2025",
      "favorited": false,
      "full_text": "Late summer, the fog rolls in every afternoon around 3 like it's punching a time clock. I plan my days around it now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963007942196019630"
          ],
          "editableUntil": "2025-09-02T23:35:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Arrowood",
            "screen_name": "kelpcountkit",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000055533",
            "id": "1500000000000055533"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "111"
      ],
      "favorite_count": "5",
      "id_str": "1963007942196019630",
      "truncated": false,
      "retweet_count": "2",
      "id": "1963007942196019630",
      "created_at": "Tue Sep 02 22:35:39 +0000 2025",
      "favorited": false,
      "full_text": "@kelpcountkit This summer's canopy surveys look great. When do you want to overlay them with our urchin counts?",
      "lang": "en",
      "in_reply_to_screen_name": "kelpcountkit",
      "in_reply_to_user_id_str": "1500000000000055533",
      "in_reply_to_user_id": "1500000000000055533",
      "in_reply_to_status_id_str": "1962887146242621813",
      "in_reply_to_status_id": "1962887146242621813"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960092162719038569"
          ],
          "editableUntil": "2025-08-25T22:29:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWasting",
            "indices": [
              "126",
              "141"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "5",
      "id_str": "1960092162719038569",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960092162719038569",
      "created_at": "Mon Aug 25 21:29:23 +0000 2025",
      "favorited": false,
      "full_text": "After a decade of counting, having a clearer answer on what causes sea star wasting feels enormous. Now the real work starts. #SeaStarWasting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959039455331081728"
          ],
          "editableUntil": "2025-08-23T00:46:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/t7rcwCzf7E",
            "expanded_url": "https://example.org/mara/notes/wasting-cause-summary",
            "display_url": "example.org/mara/notes/wa…",
            "indices": [
              "178",
              "201"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "201"
      ],
      "favorite_count": "0",
      "id_str": "1959039455331081728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959039455331081728",
      "created_at": "Fri Aug 22 23:46:18 +0000 2025",
      "favorited": false,
      "full_text": "Big news in wasting disease research this month. A clearer picture of the cause is coming into focus, and it changes how we think about recovery. My summary for non-specialists: https://t.co/t7rcwCzf7E",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954413289012590420"
          ],
          "editableUntil": "2025-08-10T06:23:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "88",
      "id_str": "1954413289012590420",
      "truncated": false,
      "retweet_count": "1",
      "id": "1954413289012590420",
      "created_at": "Sun Aug 10 05:23:34 +0000 2025",
      "favorited": false,
      "full_text": "At the BioBlitz thirty people crowded around one tidepool to see a sunflower star. Silent, careful, everyone's hands clasped behind their backs. I could have cried.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952515215457458167"
          ],
          "editableUntil": "2025-08-05T00:41:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fogbell Marine Station",
            "screen_name": "fogbellmarine",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000031776",
            "id": "1500000000000031776"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1952515215457458167",
      "truncated": false,
      "retweet_count": "10",
      "id": "1952515215457458167",
      "created_at": "Mon Aug 04 23:41:18 +0000 2025",
      "favorited": false,
      "full_text": "RT @fogbellmarine: BioBlitz 2025 by the numbers: 210 participants, 351 species, and the first sunflower star ever logged at a station BioBlitz.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949923882171103136"
          ],
          "editableUntil": "2025-07-28T21:04:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hal Mercerwick",
            "screen_name": "hermitcrabhal",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000047614",
            "id": "1500000000000047614"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1949923882171103136",
      "truncated": false,
      "retweet_count": "2",
      "id": "1949923882171103136",
      "created_at": "Mon Jul 28 20:04:16 +0000 2025",
      "favorited": false,
      "full_text": "RT @hermitcrabhal: Hermit crab update: one crab tried four shells in ten minutes and went back to the first one. Same energy as me buying boots.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948843408490124549"
          ],
          "editableUntil": "2025-07-25T21:30:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "9",
      "id_str": "1948843408490124549",
      "truncated": false,
      "retweet_count": "1",
      "id": "1948843408490124549",
      "created_at": "Fri Jul 25 20:30:51 +0000 2025",
      "favorited": false,
      "full_text": "Volunteer quote of the week: “I came for the sea stars &amp; stayed for the barnacles.” Putting it on a T-shirt.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946954856004523134"
          ],
          "editableUntil": "2025-07-20T16:26:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Annie Brisk-Holloway",
            "screen_name": "anemoneannie",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000000100",
            "id": "1500000000000000100"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1946954856004523134",
      "truncated": false,
      "retweet_count": "4",
      "id": "1946954856004523134",
      "created_at": "Sun Jul 20 15:26:25 +0000 2025",
      "favorited": false,
      "full_text": "@anemoneannie Saw the big giant green anemone in the surge channel today. Still huge, still green, still looking at me like I'm interrupting.",
      "lang": "en",
      "in_reply_to_screen_name": "anemoneannie",
      "in_reply_to_user_id_str": "1500000000000000100",
      "in_reply_to_user_id": "1500000000000000100",
      "in_reply_to_status_id_str": "1946834060049512406",
      "in_reply_to_status_id": "1946834060049512406"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946058927502890530"
          ],
          "editableUntil": "2025-07-18T05:06:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "13",
      "id_str": "1946058927502890530",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946058927502890530",
      "created_at": "Fri Jul 18 04:06:19 +0000 2025",
      "favorited": false,
      "full_text": "Gumboots, wool socks, two sweaters, a rain shell. It's July. This coast is not a place for summer clothes and I wouldn't have it any other way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942985551246339486"
          ],
          "editableUntil": "2025-07-09T17:33:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/UPLOxavsPM",
            "expanded_url": "https://example.org/fogbell-station/bioblitz/2025-register",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "2",
      "id_str": "1942985551246339486",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942985551246339486",
      "created_at": "Wed Jul 09 16:33:49 +0000 2025",
      "favorited": false,
      "full_text": "Summer BioBlitz registration is open. Bring your kids, your grandparents, your camera. We'll teach you how to look. https://t.co/UPLOxavsPM",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941269661481880234"
          ],
          "editableUntil": "2025-07-04T23:55:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "44",
      "id_str": "1941269661481880234",
      "truncated": false,
      "retweet_count": "1",
      "id": "1941269661481880234",
      "created_at": "Fri Jul 04 22:55:29 +0000 2025",
      "favorited": false,
      "full_text": "Big field day. 6 sites, 212 quadrats, 1 lost pencil, 0 injuries. My back feels every quadrat but I'm smiling.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940504351997202014"
          ],
          "editableUntil": "2025-07-02T21:14:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "4",
      "id_str": "1940504351997202014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940504351997202014",
      "created_at": "Wed Jul 02 20:14:25 +0000 2025",
      "favorited": false,
      "full_text": "One thing about the intertidal: good news arrives slowly and bad news arrives all at once. So when the good news shows up, you stop and let it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939160232753451899"
          ],
          "editableUntil": "2025-06-29T04:13:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "0",
      "id_str": "1939160232753451899",
      "truncated": false,
      "retweet_count": "8",
      "id": "1939160232753451899",
      "created_at": "Sun Jun 29 03:13:22 +0000 2025",
      "favorited": false,
      "full_text": "RT @seastarwatchnw: More sunflower star sightings reported this month than any month since the outbreak. Small numbers, but a start. Thank you, observers.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936662625385060718"
          ],
          "editableUntil": "2025-06-22T06:48:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "116"
      ],
      "favorite_count": "27",
      "id_str": "1936662625385060718",
      "truncated": false,
      "retweet_count": "0",
      "id": "1936662625385060718",
      "created_at": "Sun Jun 22 05:48:46 +0000 2025",
      "favorited": false,
      "full_text": "@seastarwatchnw Two Pycnopodia at site 9, both looked healthy. Photos and sizes coming your way in tonight's report.",
      "lang": "en",
      "in_reply_to_screen_name": "seastarwatchnw",
      "in_reply_to_user_id_str": "1500000000000079290",
      "in_reply_to_user_id": "1500000000000079290",
      "in_reply_to_status_id_str": "1936209640554377636",
      "in_reply_to_status_id": "1936209640554377636"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935011931878659786"
          ],
          "editableUntil": "2025-06-17T17:29:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SunflowerStar",
            "indices": [
              "104",
              "118"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "39",
      "id_str": "1935011931878659786",
      "truncated": false,
      "retweet_count": "2",
      "id": "1935011931878659786",
      "created_at": "Tue Jun 17 16:29:30 +0000 2025",
      "favorited": false,
      "full_text": "Two sunflower stars in the same channel. Reported both. I didn't know I could be this happy before 6am. #SunflowerStar",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933197144618852065"
          ],
          "editableUntil": "2025-06-12T17:18:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "26",
      "id_str": "1933197144618852065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933197144618852065",
      "created_at": "Thu Jun 12 16:18:11 +0000 2025",
      "favorited": false,
      "full_text": "-2.4 ft delivered. Sea palms flattening under every wave, goose barnacles, a huge Evasterias, and two sunflower stars in the deep channel. TWO.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931889444520490909"
          ],
          "editableUntil": "2025-06-09T02:41:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/KBOLBP0n1X",
            "expanded_url": "https://example.org/fogbell-station/guides/summer-2025-crew",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "91",
              "114"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "29",
      "id_str": "1931889444520490909",
      "truncated": false,
      "retweet_count": "11",
      "id": "1931889444520490909",
      "created_at": "Mon Jun 09 01:41:51 +0000 2025",
      "favorited": false,
      "full_text": "Field crew guide for summer 2025, with new site maps and safety notes for the outer rocks. https://t.co/KBOLBP0n1X",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929943472013987554"
          ],
          "editableUntil": "2025-06-03T17:49:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "3",
      "id_str": "1929943472013987554",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929943472013987554",
      "created_at": "Tue Jun 03 16:49:15 +0000 2025",
      "favorited": false,
      "full_text": "Summer lows are back. -2.4 ft at 5:03am Wednesday, one of the best of the year. Crew meets at 4:15. I'll bring the coffee, and it will be cold by the time anyone drinks it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927773234265305618"
          ],
          "editableUntil": "2025-05-28T18:05:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "20",
      "id_str": "1927773234265305618",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927773234265305618",
      "created_at": "Wed May 28 17:05:30 +0000 2025",
      "favorited": false,
      "full_text": "Field crew just texted a photo of a brooding anemone with babies on its column. No caption. Just the photo. We all understand each other. &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927478739596758586"
          ],
          "editableUntil": "2025-05-27T22:35:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "11",
      "id_str": "1927478739596758586",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927478739596758586",
      "created_at": "Tue May 27 21:35:17 +0000 2025",
      "favorited": false,
      "full_text": "Diaulula sandiegensis, the ringed dorid, wears dark rings on a pale body and eats sponges. The ring patterns vary enough that I keep a photo file of “regulars.”",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925236150107388788"
          ],
          "editableUntil": "2025-05-21T18:04:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "nudibranch",
            "indices": [
              "149",
              "160"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "7",
      "id_str": "1925236150107388788",
      "truncated": false,
      "retweet_count": "3",
      "id": "1925236150107388788",
      "created_at": "Wed May 21 17:04:02 +0000 2025",
      "favorited": false,
      "full_text": "Nudibranch season is ridiculous this spring. Seven species on one ledge this morning, including a ringed dorid grazing a sponge like it had all day. #nudibranch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923768475055992558"
          ],
          "editableUntil": "2025-05-17T16:52:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "90",
      "id_str": "1923768475055992558",
      "truncated": false,
      "retweet_count": "5",
      "id": "1923768475055992558",
      "created_at": "Sat May 17 15:52:01 +0000 2025",
      "favorited": false,
      "full_text": "Small, sweet thing: the student who named Dorothy the leather star back in 2023 is running her own survey now. Dorothy is still there. Dorothy is thriving.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922439346255254821"
          ],
          "editableUntil": "2025-05-14T00:50:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jules Okafor-Lind",
            "screen_name": "coldwaterjules",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000015938",
            "id": "1500000000000015938"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "0",
      "id_str": "1922439346255254821",
      "truncated": false,
      "retweet_count": "5",
      "id": "1922439346255254821",
      "created_at": "Tue May 13 23:50:32 +0000 2025",
      "favorited": false,
      "full_text": "RT @coldwaterjules: Just read the new ochre star preprint from the Fogbell group. Ten years of volunteer data. This is what long-term monitoring is for.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920906550443547192"
          ],
          "editableUntil": "2025-05-09T19:19:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Driftwood Lab",
            "screen_name": "driftwoodlab",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000023857",
            "id": "1500000000000023857"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "124"
      ],
      "favorite_count": "21",
      "id_str": "1920906550443547192",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920906550443547192",
      "created_at": "Fri May 09 18:19:45 +0000 2025",
      "favorited": false,
      "full_text": "@driftwoodlab Thank you for sharing your site data. The comparison made the whole paper stronger and I owe you many coffees.",
      "lang": "en",
      "in_reply_to_screen_name": "driftwoodlab",
      "in_reply_to_user_id_str": "1500000000000023857",
      "in_reply_to_user_id": "1500000000000023857",
      "in_reply_to_status_id_str": "1920891450949387110",
      "in_reply_to_status_id": "1920891450949387110"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920566258171701422"
          ],
          "editableUntil": "2025-05-08T20:47:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "1",
      "id_str": "1920566258171701422",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920566258171701422",
      "created_at": "Thu May 08 19:47:33 +0000 2025",
      "favorited": false,
      "full_text": "Most important line in the preprint is in the acknowledgments: 312 volunteers. None of it happens without them.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918765756708619845"
          ],
          "editableUntil": "2025-05-03T21:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/6ma2UR5Cgv",
            "expanded_url": "https://example.org/preprints/quillfeather-ochre-ten-years",
            "display_url": "example.org/preprints/qui…",
            "indices": [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "13",
      "id_str": "1918765756708619845",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918765756708619845",
      "created_at": "Sat May 03 20:33:00 +0000 2025",
      "favorited": false,
      "full_text": "Preprint's out: ten years of ochre star counts from our reach, before and after the wasting outbreak. Recovery is real but uneven. https://t.co/6ma2UR5Cgv",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917281711292358786"
          ],
          "editableUntil": "2025-04-29T19:15:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "38",
      "id_str": "1917281711292358786",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917281711292358786",
      "created_at": "Tue Apr 29 18:15:56 +0000 2025",
      "favorited": false,
      "full_text": "Dawn lows.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914762629084407550"
          ],
          "editableUntil": "2025-04-22T20:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "1",
      "id_str": "1914762629084407550",
      "truncated": false,
      "retweet_count": "4",
      "id": "1914762629084407550",
      "created_at": "Tue Apr 22 19:26:00 +0000 2025",
      "favorited": false,
      "full_text": "A volunteer said today, “I used to think tide pools were just puddles.” Now she can name eight anemones. That is the best feeling in the world.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913381184732128465"
          ],
          "editableUntil": "2025-04-19T00:56:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Barnacle Brigade",
            "screen_name": "barnaclebrigade",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1500000000000008019",
            "id": "1500000000000008019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1913381184732128465",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913381184732128465",
      "created_at": "Fri Apr 18 23:56:38 +0000 2025",
      "favorited": false,
      "full_text": "@barnaclebrigade Thank you for the new quadrat frames! Lighter, sturdier, and the students are actually willing to carry them.",
      "lang": "en",
      "in_reply_to_screen_name": "barnaclebrigade",
      "in_reply_to_user_id_str": "1500000000000008019",
      "in_reply_to_user_id": "1500000000000008019",
      "in_reply_to_status_id_str": "1913064095349608617",
      "in_reply_to_status_id": "1913064095349608617"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912584346661980967"
          ],
          "editableUntil": "2025-04-16T20:10:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/7Mpu3jJLfk",
            "expanded_url": "https://example.org/fogbell-station/guides/limpet-key",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "185",
              "208"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "208"
      ],
      "favorite_count": "26",
      "id_str": "1912584346661980967",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912584346661980967",
      "created_at": "Wed Apr 16 19:10:17 +0000 2025",
      "favorited": false,
      "full_text": "If you've ever wondered how to tell Lottia pelta from Lottia digitalis, our new limpet key has shell profiles and photos of the interior muscle scars. Limpet people, this one's for us. https://t.co/7Mpu3jJLfk",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910152501786676936"
          ],
          "editableUntil": "2025-04-10T03:07:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/fHEYXeahLx",
            "expanded_url": "https://example.org/fogbell-station/methods/pole-camera-quadrats",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "4",
      "id_str": "1910152501786676936",
      "truncated": false,
      "retweet_count": "1",
      "id": "1910152501786676936",
      "created_at": "Thu Apr 10 02:07:00 +0000 2025",
      "favorited": false,
      "full_text": "Testing a pole-mounted camera for quadrat photos. Early results look good; here's what we tried and what broke. https://t.co/fHEYXeahLx",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908961822769306038"
          ],
          "editableUntil": "2025-04-06T20:15:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "1",
      "id_str": "1908961822769306038",
      "truncated": false,
      "retweet_count": "4",
      "id": "1908961822769306038",
      "created_at": "Sun Apr 06 19:15:40 +0000 2025",
      "favorited": false,
      "full_text": "The same pair of black oystercatchers patrols our south transect every spring. They scream at us the whole time. We deserve it. We are standing on their lunch.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907262240457311283"
          ],
          "editableUntil": "2025-04-02T03:42:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "8",
      "id_str": "1907262240457311283",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907262240457311283",
      "created_at": "Wed Apr 02 02:42:08 +0000 2025",
      "favorited": false,
      "full_text": "Counting limpets, I lose track at about 60 and start over. It's meditative. Also mildly infuriating. But mostly meditative.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904736933902489891"
          ],
          "editableUntil": "2025-03-26T04:27:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWatch",
            "indices": [
              "96",
              "109"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "3",
      "id_str": "1904736933902489891",
      "truncated": false,
      "retweet_count": "1",
      "id": "1904736933902489891",
      "created_at": "Wed Mar 26 03:27:28 +0000 2025",
      "favorited": false,
      "full_text": "Spring survey, site 12: juvenile ochres still there, a few adults, no lesions. Slow and steady. #SeaStarWatch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902848012321498807"
          ],
          "editableUntil": "2025-03-20T23:21:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Arrowood",
            "screen_name": "kelpcountkit",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000055533",
            "id": "1500000000000055533"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1902848012321498807",
      "truncated": false,
      "retweet_count": "7",
      "id": "1902848012321498807",
      "created_at": "Thu Mar 20 22:21:34 +0000 2025",
      "favorited": false,
      "full_text": "RT @kelpcountkit: Spring kelp looks strong after the winter storms. Cautiously optimistic, which is the best kind of optimistic for kelp people.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901650874072504128"
          ],
          "editableUntil": "2025-03-17T16:04:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "1",
      "id_str": "1901650874072504128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901650874072504128",
      "created_at": "Mon Mar 17 15:04:34 +0000 2025",
      "favorited": false,
      "full_text": "Hermissenda in the morning pools, bright as a candle flame. A group of kids said it looked like a tiny dragon. I will not be correcting them.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899641336888926730"
          ],
          "editableUntil": "2025-03-12T02:59:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Wq7vuc9eQy",
            "expanded_url": "https://example.org/mara/notes/nudibranch-egg-ribbons",
            "display_url": "example.org/mara/notes/nu…",
            "indices": [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "7",
      "id_str": "1899641336888926730",
      "truncated": false,
      "retweet_count": "4",
      "id": "1899641336888926730",
      "created_at": "Wed Mar 12 01:59:23 +0000 2025",
      "favorited": false,
      "full_text": "Quick guide to nudibranch egg ribbons: how to tell who laid what, and why you should admire them and leave them be. https://t.co/Wq7vuc9eQy",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898810201995339620"
          ],
          "editableUntil": "2025-03-09T19:56:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "151"
      ],
      "favorite_count": "23",
      "id_str": "1898810201995339620",
      "truncated": false,
      "retweet_count": "1",
      "id": "1898810201995339620",
      "created_at": "Sun Mar 09 18:56:45 +0000 2025",
      "favorited": false,
      "full_text": "@gradstudentgus Your new student is brilliant. She found three egg ribbons in the first hour and asked about Doris montereyensis without any prompting.",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1898462913623118104",
      "in_reply_to_status_id": "1898462913623118104"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897059126212560069"
          ],
          "editableUntil": "2025-03-04T23:58:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "12",
      "id_str": "1897059126212560069",
      "truncated": false,
      "retweet_count": "4",
      "id": "1897059126212560069",
      "created_at": "Tue Mar 04 22:58:36 +0000 2025",
      "favorited": false,
      "full_text": "Spring again. First morning minus tide: -0.9 ft at 6:34am Saturday. Clipboards ready, coffee made the night before, socks laid out like a firefighter's boots.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894805262434973657"
          ],
          "editableUntil": "2025-02-26T18:42:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "13"
      ],
      "favorite_count": "0",
      "id_str": "1894805262434973657",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894805262434973657",
      "created_at": "Wed Feb 26 17:42:33 +0000 2025",
      "favorited": false,
      "full_text": "Back outside.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892466870842475379"
          ],
          "editableUntil": "2025-02-20T07:50:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/DQNQ7LeJmx",
            "expanded_url": "https://example.org/fogbell-station/newsletter/2025-winter",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "142",
              "165"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "24",
      "id_str": "1892466870842475379",
      "truncated": false,
      "retweet_count": "4",
      "id": "1892466870842475379",
      "created_at": "Thu Feb 20 06:50:37 +0000 2025",
      "favorited": false,
      "full_text": "The winter newsletter has a profile of our longest-serving volunteer, who has joined every survey since 2016 and has never once been on time. https://t.co/DQNQ7LeJmx",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891212836863014484"
          ],
          "editableUntil": "2025-02-16T20:47:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "1",
      "id_str": "1891212836863014484",
      "truncated": false,
      "retweet_count": "2",
      "id": "1891212836863014484",
      "created_at": "Sun Feb 16 19:47:32 +0000 2025",
      "favorited": false,
      "full_text": "Saw a gumboot chiton today, a big one, probably longer than a ruler, and said “hello, big guy” out loud in front of two undergrads. No regrets.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888611701488126471"
          ],
          "editableUntil": "2025-02-09T16:31:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "20",
      "id_str": "1888611701488126471",
      "truncated": false,
      "retweet_count": "4",
      "id": "1888611701488126471",
      "created_at": "Sun Feb 09 15:31:33 +0000 2025",
      "favorited": false,
      "full_text": "New grad student starts Monday. Orientation is: boots, tide tables, notebook, safety talk &amp; one long walk on the rocks where nobody has to ask any questions.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887159788633660575"
          ],
          "editableUntil": "2025-02-05T16:22:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Kelp",
            "indices": [
              "121",
              "126"
            ]
          },
          {
            "text": "Intertidal",
            "indices": [
              "127",
              "138"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "6",
      "id_str": "1887159788633660575",
      "truncated": false,
      "retweet_count": "1",
      "id": "1887159788633660575",
      "created_at": "Wed Feb 05 15:22:10 +0000 2025",
      "favorited": false,
      "full_text": "Winter storms have been hard on the kelp. Torn Nereocystis all along the beach. Spring will tell us how much comes back. #Kelp #Intertidal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885917930717943657"
          ],
          "editableUntil": "2025-02-02T06:07:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "13",
      "id_str": "1885917930717943657",
      "truncated": false,
      "retweet_count": "9",
      "id": "1885917930717943657",
      "created_at": "Sun Feb 02 05:07:28 +0000 2025",
      "favorited": false,
      "full_text": "The app works offline now, which is great. I'm still bringing the waterproof notebook. Old habits, and phone batteries die fast in the cold.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884107954321648611"
          ],
          "editableUntil": "2025-01-28T06:15:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "0",
      "id_str": "1884107954321648611",
      "truncated": false,
      "retweet_count": "9",
      "id": "1884107954321648611",
      "created_at": "Tue Jan 28 05:15:16 +0000 2025",
      "favorited": false,
      "full_text": "RT @seastarwatchnw: New for 2025: the survey app works offline, so you can log counts without signal on the rocks. Data syncs when you're back in range.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882243577807187368"
          ],
          "editableUntil": "2025-01-23T02:46:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1882243577807187368",
      "truncated": false,
      "retweet_count": "3",
      "id": "1882243577807187368",
      "created_at": "Thu Jan 23 01:46:54 +0000 2025",
      "favorited": false,
      "full_text": "A student asked what to do if you find a sea star with lesions. Take a photo, note the location, don't touch it or move it, and report it. Data, not heroics.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880472222561864024"
          ],
          "editableUntil": "2025-01-18T05:28:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hal Mercerwick",
            "screen_name": "hermitcrabhal",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1500000000000047614",
            "id": "1500000000000047614"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "156"
      ],
      "favorite_count": "16",
      "id_str": "1880472222561864024",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880472222561864024",
      "created_at": "Sat Jan 18 04:28:10 +0000 2025",
      "favorited": false,
      "full_text": "@hermitcrabhal The housing market in pool 4 crashed. The storms swept half the empty shells out. Your tank may be the last functioning economy on the coast.",
      "lang": "en",
      "in_reply_to_screen_name": "hermitcrabhal",
      "in_reply_to_user_id_str": "1500000000000047614",
      "in_reply_to_user_id": "1500000000000047614",
      "in_reply_to_status_id_str": "1880260829640050572",
      "in_reply_to_status_id": "1880260829640050572"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878296876153120043"
          ],
          "editableUntil": "2025-01-12T05:24:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/5AqRbL66UZ",
            "expanded_url": "https://example.org/fogbell-station/tides/2025-annotated.pdf",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "7",
      "id_str": "1878296876153120043",
      "truncated": false,
      "retweet_count": "3",
      "id": "1878296876153120043",
      "created_at": "Sun Jan 12 04:24:07 +0000 2025",
      "favorited": false,
      "full_text": "2025 tide tables, annotated. Summer dawn lows look excellent; the winter night lows are not bad either. https://t.co/5AqRbL66UZ",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876867830643140876"
          ],
          "editableUntil": "2025-01-08T06:45:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "13",
      "id_str": "1876867830643140876",
      "truncated": false,
      "retweet_count": "4",
      "id": "1876867830643140876",
      "created_at": "Wed Jan 08 05:45:36 +0000 2025",
      "favorited": false,
      "full_text": "First night low of 2025: -1.8 ft at 6:45pm. Rain, fog, and a kelp crab that grabbed my glove like I owed it money.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874197124348983292"
          ],
          "editableUntil": "2024-12-31T21:53:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Annie Brisk-Holloway",
            "screen_name": "anemoneannie",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000000100",
            "id": "1500000000000000100"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1874197124348983292",
      "truncated": false,
      "retweet_count": "7",
      "id": "1874197124348983292",
      "created_at": "Tue Dec 31 20:53:10 +0000 2024",
      "favorited": false,
      "full_text": "RT @anemoneannie: Painted anemones in the channel today, red and green and striped like holiday candy. Look under ledges at the lowest tides.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871402447011852427"
          ],
          "editableUntil": "2024-12-24T04:48:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "6",
      "id_str": "1871402447011852427",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871402447011852427",
      "created_at": "Tue Dec 24 03:48:07 +0000 2024",
      "favorited": false,
      "full_text": "Found my first field notebook from grad school in a box. Page one: “Do not trust the tide table.” Page two: a drawing of a limpet. Some things never change.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868704737785681094"
          ],
          "editableUntil": "2024-12-16T18:08:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "2",
      "id_str": "1868704737785681094",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868704737785681094",
      "created_at": "Mon Dec 16 17:08:23 +0000 2024",
      "favorited": false,
      "full_text": "Writing the end-of-year email to volunteers and trying not to get weepy. They stood in cold water at dawn for free. Thank you isn't enough, but it's what I've got.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866333253139105440"
          ],
          "editableUntil": "2024-12-10T05:04:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "21"
      ],
      "favorite_count": "12",
      "id_str": "1866333253139105440",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866333253139105440",
      "created_at": "Tue Dec 10 04:04:57 +0000 2024",
      "favorited": false,
      "full_text": "Aggregating anemones.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864832904459229568"
          ],
          "editableUntil": "2024-12-06T01:43:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CitizenScience",
            "indices": [
              "147",
              "162"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "0",
      "id_str": "1864832904459229568",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864832904459229568",
      "created_at": "Fri Dec 06 00:43:06 +0000 2024",
      "favorited": false,
      "full_text": "Annual count for our reach is done: 4,010 sea stars logged by volunteers this year, up from 3,140 last year. Recovery is slow, but it's happening. #CitizenScience",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863091106477769937"
          ],
          "editableUntil": "2024-12-01T06:21:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "7",
      "id_str": "1863091106477769937",
      "truncated": false,
      "retweet_count": "7",
      "id": "1863091106477769937",
      "created_at": "Sun Dec 01 05:21:49 +0000 2024",
      "favorited": false,
      "full_text": "Sea stars barely move in winter. Cold water slows everything down. Some sit on the same rock for weeks, and you start to recognize individuals by their arm patterns.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859762007701722651"
          ],
          "editableUntil": "2024-11-22T01:53:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nell Varga-Sand",
            "screen_name": "nudibranchnell",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000063452",
            "id": "1500000000000063452"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1859762007701722651",
      "truncated": false,
      "retweet_count": "10",
      "id": "1859762007701722651",
      "created_at": "Fri Nov 22 00:53:10 +0000 2024",
      "favorited": false,
      "full_text": "RT @nudibranchnell: Nudibranch tally for the year: 23 species, 400-something individuals, one very cold pair of hands. Thanks for following along.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857661080828087131"
          ],
          "editableUntil": "2024-11-16T06:44:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "9",
      "id_str": "1857661080828087131",
      "truncated": false,
      "retweet_count": "3",
      "id": "1857661080828087131",
      "created_at": "Sat Nov 16 05:44:50 +0000 2024",
      "favorited": false,
      "full_text": "Night low with a brand-new volunteer. She saw a shore crab, a blood star and a sleeping sculpin and said, “I had no idea all of this was here.” That is the whole reason we do it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855400598438392849"
          ],
          "editableUntil": "2024-11-10T01:02:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/0hqv4aGRMk",
            "expanded_url": "https://example.org/fogbell-station/volunteer/winter-2024",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "146",
              "169"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "16",
      "id_str": "1855400598438392849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855400598438392849",
      "created_at": "Sun Nov 10 00:02:29 +0000 2024",
      "favorited": false,
      "full_text": "The station is recruiting night-low volunteers for winter. Training, gear and hot drinks provided. No experience needed, just tolerance for rain. https://t.co/0hqv4aGRMk",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853325856603354104"
          ],
          "editableUntil": "2024-11-04T07:38:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "25",
      "id_str": "1853325856603354104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853325856603354104",
      "created_at": "Mon Nov 04 06:38:12 +0000 2024",
      "favorited": false,
      "full_text": "November night lows are back: -1.4 ft at 7:12pm Monday. Crew small, crew warm-ish, crew bringing snacks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851785662038473439"
          ],
          "editableUntil": "2024-10-31T01:38:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "2",
      "id_str": "1851785662038473439",
      "truncated": false,
      "retweet_count": "2",
      "id": "1851785662038473439",
      "created_at": "Thu Oct 31 00:38:01 +0000 2024",
      "favorited": false,
      "full_text": "First real fall storm. Forty-knot gusts, big swell, spray over the bluff. Everyone who lives on this coast stares at the water and quietly thinks about the mussel beds.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850289243421151854"
          ],
          "editableUntil": "2024-10-26T22:31:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/8DnPdG0gKD",
            "expanded_url": "https://example.org/library-talks/2024/quillfeather-under-the-rock",
            "display_url": "example.org/library-talks…",
            "indices": [
              "142",
              "165"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "4",
      "id_str": "1850289243421151854",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850289243421151854",
      "created_at": "Sat Oct 26 21:31:47 +0000 2024",
      "favorited": false,
      "full_text": "Recording of my library talk, “What lives under the rock you just flipped.” Forty minutes, one slide of crab memes, many questions from kids. https://t.co/8DnPdG0gKD",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848734159075189494"
          ],
          "editableUntil": "2024-10-22T15:32:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jules Okafor-Lind",
            "screen_name": "coldwaterjules",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000015938",
            "id": "1500000000000015938"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "115"
      ],
      "favorite_count": "3",
      "id_str": "1848734159075189494",
      "truncated": false,
      "retweet_count": "1",
      "id": "1848734159075189494",
      "created_at": "Tue Oct 22 14:32:26 +0000 2024",
      "favorited": false,
      "full_text": "@coldwaterjules Thank you for the conference coffee and the reminder that I don't need every data point on a slide.",
      "lang": "en",
      "in_reply_to_screen_name": "coldwaterjules",
      "in_reply_to_user_id_str": "1500000000000015938",
      "in_reply_to_user_id": "1500000000000015938",
      "in_reply_to_status_id_str": "1848507666661828987",
      "in_reply_to_status_id": "1848507666661828987"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847036522921145641"
          ],
          "editableUntil": "2024-10-17T23:06:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "10",
      "id_str": "1847036522921145641",
      "truncated": false,
      "retweet_count": "2",
      "id": "1847036522921145641",
      "created_at": "Thu Oct 17 22:06:38 +0000 2024",
      "favorited": false,
      "full_text": "Talk went well. One question, a really good one, about whether our survey effort changed over time. It did, and we accounted for it. I was so happy someone asked.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845475432333062217"
          ],
          "editableUntil": "2024-10-13T15:43:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWasting",
            "indices": [
              "136",
              "151"
            ]
          },
          {
            "text": "Ecology",
            "indices": [
              "152",
              "160"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "1",
      "id_str": "1845475432333062217",
      "truncated": false,
      "retweet_count": "1",
      "id": "1845475432333062217",
      "created_at": "Sun Oct 13 14:43:25 +0000 2024",
      "favorited": false,
      "full_text": "Presenting our sea star recovery data at the regional meeting next week. If you're there, come say hi and ask me about juvenile ochres. #SeaStarWasting #Ecology",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843142296207437964"
          ],
          "editableUntil": "2024-10-07T05:12:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "4",
      "id_str": "1843142296207437964",
      "truncated": false,
      "retweet_count": "12",
      "id": "1843142296207437964",
      "created_at": "Mon Oct 07 04:12:22 +0000 2024",
      "favorited": false,
      "full_text": "My mom asked what I study. I said anemones. She said, “The sticky flowers?” Yes, Mom. The sticky flowers. &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842595300244728109"
          ],
          "editableUntil": "2024-10-05T16:58:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Driftwood Lab",
            "screen_name": "driftwoodlab",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000023857",
            "id": "1500000000000023857"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1842595300244728109",
      "truncated": false,
      "retweet_count": "6",
      "id": "1842595300244728109",
      "created_at": "Sat Oct 05 15:58:48 +0000 2024",
      "favorited": false,
      "full_text": "RT @driftwoodlab: Field tech applications close Friday! Winter work, night tides, warm people, cold water.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840179242727115920"
          ],
          "editableUntil": "2024-09-29T00:58:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "3",
      "id_str": "1840179242727115920",
      "truncated": false,
      "retweet_count": "3",
      "id": "1840179242727115920",
      "created_at": "Sat Sep 28 23:58:15 +0000 2024",
      "favorited": false,
      "full_text": "Long-term monitoring is a strange job. For years you write “no change.” Then one summer everything moves, and you're one of the few people who knows what it looked like before.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838680429163599257"
          ],
          "editableUntil": "2024-09-24T21:42:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/DUpoEpBB3m",
            "expanded_url": "https://example.net/essays/the-long-count",
            "display_url": "example.net/essays/the-lo…",
            "indices": [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "1",
      "id_str": "1838680429163599257",
      "truncated": false,
      "retweet_count": "1",
      "id": "1838680429163599257",
      "created_at": "Tue Sep 24 20:42:30 +0000 2024",
      "favorited": false,
      "full_text": "Short essay on why long-term monitoring matters, even when nothing dramatic happens for years. https://t.co/DUpoEpBB3m",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837277698717684019"
          ],
          "editableUntil": "2024-09-21T00:48:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "147"
      ],
      "favorite_count": "2",
      "id_str": "1837277698717684019",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837277698717684019",
      "created_at": "Fri Sep 20 23:48:33 +0000 2024",
      "favorited": false,
      "full_text": "@gradstudentgus Chapter draft is great. Two notes: define wave exposure earlier, and no more than one figure in rainbow colors. You know which one.",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1837111604280189761",
      "in_reply_to_status_id": "1837111604280189761"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836586343203509663"
          ],
          "editableUntil": "2024-09-19T03:01:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "37",
      "id_str": "1836586343203509663",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836586343203509663",
      "created_at": "Thu Sep 19 02:01:21 +0000 2024",
      "favorited": false,
      "full_text": "Fall data cleaning discovery: a datasheet where someone wrote Pisaster as “Pizzaster.” I'm leaving it. It's canon now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835176155281723963"
          ],
          "editableUntil": "2024-09-15T05:37:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Urchin Barrens Project",
            "screen_name": "urchinbarrens",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000095128",
            "id": "1500000000000095128"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1835176155281723963",
      "truncated": false,
      "retweet_count": "9",
      "id": "1835176155281723963",
      "created_at": "Sun Sep 15 04:37:46 +0000 2024",
      "favorited": false,
      "full_text": "RT @urchinbarrens: Volunteer divers pulled 1,200 purple urchins from the restoration plot this weekend. Kelp already coming back at the edges.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832925021992010043"
          ],
          "editableUntil": "2024-09-09T00:32:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "17",
      "id_str": "1832925021992010043",
      "truncated": false,
      "retweet_count": "1",
      "id": "1832925021992010043",
      "created_at": "Sun Sep 08 23:32:34 +0000 2024",
      "favorited": false,
      "full_text": "The pool that gets afternoon sun is always a little warmer and a little greener. Algae love it, sculpins tolerate it. A perfect natural experiment I get to visit every week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831457799926862643"
          ],
          "editableUntil": "2024-09-04T23:22:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/HNIvqs6jvV",
            "expanded_url": "https://example.org/fogbell-station/bioblitz/2024-gallery",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "10",
      "id_str": "1831457799926862643",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831457799926862643",
      "created_at": "Wed Sep 04 22:22:21 +0000 2024",
      "favorited": false,
      "full_text": "Photo gallery from the BioBlitz, all taken by participants. The nudibranch section alone is worth your time. https://t.co/HNIvqs6jvV",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830826968218185332"
          ],
          "editableUntil": "2024-09-03T05:35:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "3",
      "id_str": "1830826968218185332",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830826968218185332",
      "created_at": "Tue Sep 03 04:35:39 +0000 2024",
      "favorited": false,
      "full_text": "BioBlitz day: 160 people, a thousand photos, and a six-year-old who found a Leptasterias brooding eggs and announced it to the entire beach. Best moment of the summer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828982908908687720"
          ],
          "editableUntil": "2024-08-29T03:28:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fogbell Marine Station",
            "screen_name": "fogbellmarine",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000031776",
            "id": "1500000000000031776"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "0",
      "id_str": "1828982908908687720",
      "truncated": false,
      "retweet_count": "11",
      "id": "1828982908908687720",
      "created_at": "Thu Aug 29 02:28:01 +0000 2024",
      "favorited": false,
      "full_text": "RT @fogbellmarine: The August BioBlitz returns! Help us document everything living on our shore. Families welcome, coffee for early risers.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826775559960132271"
          ],
          "editableUntil": "2024-08-23T01:16:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "207"
      ],
      "favorite_count": "0",
      "id_str": "1826775559960132271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826775559960132271",
      "created_at": "Fri Aug 23 00:16:48 +0000 2024",
      "favorited": false,
      "full_text": "Kids asked why the purple urchins were sitting in little holes in the rock. They scrape them out with spines and teeth, over years. Sometimes the same pit gets used for generations. The kids went very quiet.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825256081064040684"
          ],
          "editableUntil": "2024-08-18T20:38:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Barnacle Brigade",
            "screen_name": "barnaclebrigade",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1500000000000008019",
            "id": "1500000000000008019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "123"
      ],
      "favorite_count": "1",
      "id_str": "1825256081064040684",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825256081064040684",
      "created_at": "Sun Aug 18 19:38:56 +0000 2024",
      "favorited": false,
      "full_text": "@barnaclebrigade Frames are back, cleaned and relabeled. You can stop worrying about the missing bolt. Found it in my boot.",
      "lang": "en",
      "in_reply_to_screen_name": "barnaclebrigade",
      "in_reply_to_user_id_str": "1500000000000008019",
      "in_reply_to_user_id": "1500000000000008019",
      "in_reply_to_status_id_str": "1825165484094569959",
      "in_reply_to_status_id": "1825165484094569959"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823960062098527472"
          ],
          "editableUntil": "2024-08-15T06:49:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "51",
      "id_str": "1823960062098527472",
      "truncated": false,
      "retweet_count": "2",
      "id": "1823960062098527472",
      "created_at": "Thu Aug 15 05:49:01 +0000 2024",
      "favorited": false,
      "full_text": "Data entry night. Every notebook page has a drip or a smear, and I can tell you the weather from each one.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822367413566518204"
          ],
          "editableUntil": "2024-08-10T21:20:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Tidepools",
            "indices": [
              "147",
              "157"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "11",
      "id_str": "1822367413566518204",
      "truncated": false,
      "retweet_count": "2",
      "id": "1822367413566518204",
      "created_at": "Sat Aug 10 20:20:24 +0000 2024",
      "favorited": false,
      "full_text": "Late-summer lows aren't as deep but the light is golden and the pools are warm. Three anemone species in one pool and a sculpin guarding its eggs. #Tidepools",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820983658152581332"
          ],
          "editableUntil": "2024-08-07T01:41:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/drQh0Knfzs",
            "expanded_url": "https://example.org/fogbell-station/reports/2024-annual",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "142",
              "165"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "30",
      "id_str": "1820983658152581332",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820983658152581332",
      "created_at": "Wed Aug 07 00:41:51 +0000 2024",
      "favorited": false,
      "full_text": "The station's annual report is out, including our sunflower star sighting and the full juvenile ochre data. Plain-language summary on page 2. https://t.co/drQh0Knfzs",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819497905651044264"
          ],
          "editableUntil": "2024-08-02T23:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "190"
      ],
      "favorite_count": "8",
      "id_str": "1819497905651044264",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819497905651044264",
      "created_at": "Fri Aug 02 22:18:00 +0000 2024",
      "favorited": false,
      "full_text": "Why some ochre stars are orange and some purple: same species, and nobody fully agrees on the reason. Diet, light, genetics, something else. I love an unsolved mystery I can hold in my hand.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818691584260240417"
          ],
          "editableUntil": "2024-07-31T17:53:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "3",
      "id_str": "1818691584260240417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818691584260240417",
      "created_at": "Wed Jul 31 16:53:58 +0000 2024",
      "favorited": false,
      "full_text": "Fog rolled in at 7am and the temperature dropped ten degrees in ten minutes. Classic July. Second sweater on, kept counting limpets.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817063124762078696"
          ],
          "editableUntil": "2024-07-27T06:03:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hal Mercerwick",
            "screen_name": "hermitcrabhal",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000047614",
            "id": "1500000000000047614"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "0",
      "id_str": "1817063124762078696",
      "truncated": false,
      "retweet_count": "9",
      "id": "1817063124762078696",
      "created_at": "Sat Jul 27 05:03:03 +0000 2024",
      "favorited": false,
      "full_text": "RT @hermitcrabhal: PSA: hermit crabs will absolutely trade up if a bigger shell appears. I put a few empty shells in the tank and started a housing market.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814737588713082016"
          ],
          "editableUntil": "2024-07-20T20:02:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "16",
      "id_str": "1814737588713082016",
      "truncated": false,
      "retweet_count": "3",
      "id": "1814737588713082016",
      "created_at": "Sat Jul 20 19:02:12 +0000 2024",
      "favorited": false,
      "full_text": "Flipped a rock and found a gunnel, that long eel-ish fish, curled up in the damp. It stared at me. I stared back. We agreed I should put the rock back, and I did.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813722953022027050"
          ],
          "editableUntil": "2024-07-18T00:50:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Tide Table Bot",
            "screen_name": "tidetablebot",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000087209",
            "id": "1500000000000087209"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "98"
      ],
      "favorite_count": "1",
      "id_str": "1813722953022027050",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813722953022027050",
      "created_at": "Wed Jul 17 23:50:24 +0000 2024",
      "favorited": false,
      "full_text": "@tidetablebot You are the most-opened account on my phone in June and I felt you should know that.",
      "lang": "en",
      "in_reply_to_screen_name": "tidetablebot",
      "in_reply_to_user_id_str": "1500000000000087209",
      "in_reply_to_user_id": "1500000000000087209",
      "in_reply_to_status_id_str": "1813692754035175138",
      "in_reply_to_status_id": "1813692754035175138"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812216602295831683"
          ],
          "editableUntil": "2024-07-13T21:04:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/05kf6TSoEG",
            "expanded_url": "https://example.org/mara/notes/field-safety-briefing",
            "display_url": "example.org/mara/notes/fi…",
            "indices": [
              "139",
              "162"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "7",
      "id_str": "1812216602295831683",
      "truncated": false,
      "retweet_count": "5",
      "id": "1812216602295831683",
      "created_at": "Sat Jul 13 20:04:42 +0000 2024",
      "favorited": false,
      "full_text": "How we run summer crew safety briefings: tides, sneaker sets, buddy pairs, who holds the radio, and where we regroup. Feel free to borrow. https://t.co/05kf6TSoEG",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811979494096071461"
          ],
          "editableUntil": "2024-07-13T05:22:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "1",
      "id_str": "1811979494096071461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811979494096071461",
      "created_at": "Sat Jul 13 04:22:31 +0000 2024",
      "favorited": false,
      "full_text": "Barnacle settlement on the bare patch at the south mussel bed is wild. Hundreds of tiny Balanus glandula per quadrat. Bare rock doesn't stay bare for long out here.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810125322319232227"
          ],
          "editableUntil": "2024-07-08T02:34:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "23",
      "id_str": "1810125322319232227",
      "truncated": false,
      "retweet_count": "3",
      "id": "1810125322319232227",
      "created_at": "Mon Jul 08 01:34:42 +0000 2024",
      "favorited": false,
      "full_text": "Field crew snacks, ranked: 1. cold pizza 2. salty crackers &amp; cheese 3. bananas (bruised) 4. whatever is at the bottom of my bag from last July.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808503850530965994"
          ],
          "editableUntil": "2024-07-03T15:11:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "3",
      "id_str": "1808503850530965994",
      "truncated": false,
      "retweet_count": "5",
      "id": "1808503850530965994",
      "created_at": "Wed Jul 03 14:11:33 +0000 2024",
      "favorited": false,
      "full_text": "Funny how one animal can change the mood of a whole field crew. At 5am we were cold and grumpy. By 6am we were hugging each other and a little bit damp.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807245836155330939"
          ],
          "editableUntil": "2024-06-30T03:52:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "19"
      ],
      "favorite_count": "9",
      "id_str": "1807245836155330939",
      "truncated": false,
      "retweet_count": "1",
      "id": "1807245836155330939",
      "created_at": "Sun Jun 30 02:52:39 +0000 2024",
      "favorited": false,
      "full_text": "Sunburned, somehow.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806175491718465086"
          ],
          "editableUntil": "2024-06-27T04:59:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1806175491718465086",
      "truncated": false,
      "retweet_count": "12",
      "id": "1806175491718465086",
      "created_at": "Thu Jun 27 03:59:29 +0000 2024",
      "favorited": false,
      "full_text": "RT @seastarwatchnw: A sunflower star sighting in our northern region this week! These stars were devastated by wasting disease. Every confirmed report helps.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805101733117380395"
          ],
          "editableUntil": "2024-06-24T05:52:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SunflowerStar",
            "indices": [
              "123",
              "137"
            ]
          },
          {
            "text": "CitizenScience",
            "indices": [
              "138",
              "153"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "41",
      "id_str": "1805101733117380395",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805101733117380395",
      "created_at": "Mon Jun 24 04:52:45 +0000 2024",
      "favorited": false,
      "full_text": "Reported the sunflower star with photos, size and location to the regional database. If you see one, please report it too. #SunflowerStar #CitizenScience",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803301588169740177"
          ],
          "editableUntil": "2024-06-19T06:39:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Arrowood",
            "screen_name": "kelpcountkit",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000055533",
            "id": "1500000000000055533"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "119"
      ],
      "favorite_count": "3",
      "id_str": "1803301588169740177",
      "truncated": false,
      "retweet_count": "6",
      "id": "1803301588169740177",
      "created_at": "Wed Jun 19 05:39:37 +0000 2024",
      "favorited": false,
      "full_text": "@kelpcountkit You were right, I cried a little. It's a small one, every arm intact, moving like it had somewhere to be.",
      "lang": "en",
      "in_reply_to_screen_name": "kelpcountkit",
      "in_reply_to_user_id_str": "1500000000000055533",
      "in_reply_to_user_id": "1500000000000055533",
      "in_reply_to_status_id_str": "1803226090700495187",
      "in_reply_to_status_id": "1803226090700495187"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801705013770659006"
          ],
          "editableUntil": "2024-06-14T20:55:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "50",
      "id_str": "1801705013770659006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801705013770659006",
      "created_at": "Fri Jun 14 19:55:24 +0000 2024",
      "favorited": false,
      "full_text": "Not saying anything official yet. Just saying I saw a live Pycnopodia today for the first time in years, and I needed to sit down on a wet rock for a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800928690044629913"
          ],
          "editableUntil": "2024-06-12T17:30:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "105",
      "id_str": "1800928690044629913",
      "truncated": false,
      "retweet_count": "3",
      "id": "1800928690044629913",
      "created_at": "Wed Jun 12 16:30:34 +0000 2024",
      "favorited": false,
      "full_text": "At -2.3 ft you see the parts of the coast that are usually underwater. Urchins, a kelp crab, a huge Cucumaria, and in the deepest pool, I swear, a sunflower star. Small, maybe a foot across. Alive.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799135348258961763"
          ],
          "editableUntil": "2024-06-07T18:44:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/JNzvN1CiAz",
            "expanded_url": "https://example.org/fogbell-station/tides/summer-2024-cheatsheet.pdf",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "1",
      "id_str": "1799135348258961763",
      "truncated": false,
      "retweet_count": "1",
      "id": "1799135348258961763",
      "created_at": "Fri Jun 07 17:44:28 +0000 2024",
      "favorited": false,
      "full_text": "June and July tide cheat sheet is updated: dawn lows, sunrise times, and which sites are beginner-safe. https://t.co/JNzvN1CiAz",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797780705507010829"
          ],
          "editableUntil": "2024-06-04T01:01:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "2",
      "id_str": "1797780705507010829",
      "truncated": false,
      "retweet_count": "1",
      "id": "1797780705507010829",
      "created_at": "Tue Jun 04 00:01:36 +0000 2024",
      "favorited": false,
      "full_text": "The big summer lows are here. -2.3 ft at 5:21am Thursday. I'll be on the north bench with a crew of six and the determination of a person who slept four hours.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796664244698302938"
          ],
          "editableUntil": "2024-05-31T23:05:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1796664244698302938",
      "truncated": false,
      "retweet_count": "11",
      "id": "1796664244698302938",
      "created_at": "Fri May 31 22:05:11 +0000 2024",
      "favorited": false,
      "full_text": "RT @gradstudentgus: Learned so far in my PhD: tide tables lie, coffee doesn't stay hot, and chitons are the best animals. Not in that order.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1795299502062771386"
          ],
          "editableUntil": "2024-05-28T04:42:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "3",
      "id_str": "1795299502062771386",
      "truncated": false,
      "retweet_count": "3",
      "id": "1795299502062771386",
      "created_at": "Tue May 28 03:42:11 +0000 2024",
      "favorited": false,
      "full_text": "Nudibranch ID tip: look at the rhinophores, the two little horns on the head. Their shape, color and texture will separate a surprising number of species on their own.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794486432037874756"
          ],
          "editableUntil": "2024-05-25T22:51:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jules Okafor-Lind",
            "screen_name": "coldwaterjules",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000015938",
            "id": "1500000000000015938"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1794486432037874756",
      "truncated": false,
      "retweet_count": "10",
      "id": "1794486432037874756",
      "created_at": "Sat May 25 21:51:20 +0000 2024",
      "favorited": false,
      "full_text": "RT @coldwaterjules: New tidepool etiquette signs going up at the county park this week. Big font, simple rules, cute crab drawings.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793284118020981765"
          ],
          "editableUntil": "2024-05-22T15:13:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "184"
      ],
      "favorite_count": "16",
      "id_str": "1793284118020981765",
      "truncated": false,
      "retweet_count": "3",
      "id": "1793284118020981765",
      "created_at": "Wed May 22 14:13:46 +0000 2024",
      "favorited": false,
      "full_text": "If you find a sea star out of the water at low tide, it's fine. They're built for that. Please don't “rescue” it into a bucket of warm water; that's the thing that actually hurts them.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792685783775383630"
          ],
          "editableUntil": "2024-05-20T23:36:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "3",
      "id_str": "1792685783775383630",
      "truncated": false,
      "retweet_count": "3",
      "id": "1792685783775383630",
      "created_at": "Mon May 20 22:36:12 +0000 2024",
      "favorited": false,
      "full_text": "Chitons!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791227453635622238"
          ],
          "editableUntil": "2024-05-16T23:01:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "166"
      ],
      "favorite_count": "8",
      "id_str": "1791227453635622238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791227453635622238",
      "created_at": "Thu May 16 22:01:19 +0000 2024",
      "favorited": false,
      "full_text": "Surfgrass is a flowering plant, not a seaweed. Its ancestors lived on land and it went back to the sea and chose the surf zone of all places. Bold move, Phyllospadix.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790610886751649573"
          ],
          "editableUntil": "2024-05-15T06:11:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "151"
      ],
      "favorite_count": "3",
      "id_str": "1790610886751649573",
      "truncated": false,
      "retweet_count": "2",
      "id": "1790610886751649573",
      "created_at": "Wed May 15 05:11:18 +0000 2024",
      "favorited": false,
      "full_text": "@seastarwatchnw Sending the site sheets tonight. Juvenile counts are way up at site 12. Could you check our size classes against the other north sites?",
      "lang": "en",
      "in_reply_to_screen_name": "seastarwatchnw",
      "in_reply_to_user_id_str": "1500000000000079290",
      "in_reply_to_user_id": "1500000000000079290",
      "in_reply_to_status_id_str": "1790444792313243295",
      "in_reply_to_status_id": "1790444792313243295"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789498859323930107"
          ],
          "editableUntil": "2024-05-12T04:32:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWatch",
            "indices": [
              "177",
              "190"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "190"
      ],
      "favorite_count": "15",
      "id_str": "1789498859323930107",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789498859323930107",
      "created_at": "Sun May 12 03:32:30 +0000 2024",
      "favorited": false,
      "full_text": "I don't want to overread a single day, but the recovery in the cobble is real. Thank you to every volunteer who kept counting through the years when there was nothing to count. #SeaStarWatch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788403193871796465"
          ],
          "editableUntil": "2024-05-09T03:58:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "3",
      "id_str": "1788403193871796465",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788403193871796465",
      "created_at": "Thu May 09 02:58:43 +0000 2024",
      "favorited": false,
      "full_text": "64 juvenile ochre stars in the cobble area today. Five years ago that number was zero. I wrote it down three times and then sat on a rock for a while.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786763913065603991"
          ],
          "editableUntil": "2024-05-04T15:24:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "2",
      "id_str": "1786763913065603991",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786763913065603991",
      "created_at": "Sat May 04 14:24:48 +0000 2024",
      "favorited": false,
      "full_text": "The high intertidal is basically a desert that gets flooded twice a day. Everything living up there is a survivor of two completely different worlds, often before lunch.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786266804155320203"
          ],
          "editableUntil": "2024-05-03T06:29:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Rosa Lindqvist-Maro",
            "screen_name": "rockweedrosa",
            "indices": [
              "12",
              "25"
            ],
            "id_str": "1500000000000071371",
            "id": "1500000000000071371"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/xZ7Na3Eztr",
            "expanded_url": "https://example.org/journals/intertidal-ecology/fucus-heat-recovery",
            "display_url": "example.org/journals/inte…",
            "indices": [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1786266804155320203",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786266804155320203",
      "created_at": "Fri May 03 05:29:28 +0000 2024",
      "favorited": false,
      "full_text": "So proud of @rockweedrosa, whose paper on Fucus recovery after heat stress is out today. Careful, clear, and the figures are gorgeous. https://t.co/xZ7Na3Eztr",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785104713514012379"
          ],
          "editableUntil": "2024-04-30T01:31:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/eTmsvm7B7T",
            "expanded_url": "https://example.org/data/fogbell-quadrat-photos",
            "display_url": "example.org/data/fogbell-…",
            "indices": [
              "159",
              "182"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "0",
      "id_str": "1785104713514012379",
      "truncated": false,
      "retweet_count": "3",
      "id": "1785104713514012379",
      "created_at": "Tue Apr 30 00:31:44 +0000 2024",
      "favorited": false,
      "full_text": "Our quadrat photos from 2014 onward are now in a public archive, with metadata I spent three weekends cleaning. Use them, cite them, find the things I missed. https://t.co/eTmsvm7B7T",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783609418970528915"
          ],
          "editableUntil": "2024-04-25T22:29:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "1",
      "id_str": "1783609418970528915",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783609418970528915",
      "created_at": "Thu Apr 25 21:29:58 +0000 2024",
      "favorited": false,
      "full_text": "There's a boulder in the middle of our south transect with a name. Nobody remembers who named it. It's called Gary. Gary has the best chitons.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782105769375981054"
          ],
          "editableUntil": "2024-04-21T18:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Annie Brisk-Holloway",
            "screen_name": "anemoneannie",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000000100",
            "id": "1500000000000000100"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1782105769375981054",
      "truncated": false,
      "retweet_count": "6",
      "id": "1782105769375981054",
      "created_at": "Sun Apr 21 17:55:00 +0000 2024",
      "favorited": false,
      "full_text": "RT @anemoneannie: Giant green anemones in the surge channel are enormous this spring. One is the size of a dinner plate. Maybe a small dinner plate.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780048245160324787"
          ],
          "editableUntil": "2024-04-16T02:39:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "1",
      "id_str": "1780048245160324787",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780048245160324787",
      "created_at": "Tue Apr 16 01:39:08 +0000 2024",
      "favorited": false,
      "full_text": "Rain, sideways. Tide, perfect. Students, mutinous. Coffee, cold. Data, excellent. Somehow the best surveys always happen on the worst days.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778464467582429184"
          ],
          "editableUntil": "2024-04-11T17:45:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/l4vpzDxQNU",
            "expanded_url": "https://example.org/mara/notes/measuring-sea-stars",
            "display_url": "example.org/mara/notes/me…",
            "indices": [
              "149",
              "172"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "11",
      "id_str": "1778464467582429184",
      "truncated": false,
      "retweet_count": "3",
      "id": "1778464467582429184",
      "created_at": "Thu Apr 11 16:45:46 +0000 2024",
      "favorited": false,
      "full_text": "Short explainer on how we measure sea stars in the field (center to arm tip, not full diameter, and yes we argued about it for a whole lab meeting). https://t.co/l4vpzDxQNU",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777109183103104649"
          ],
          "editableUntil": "2024-04-08T00:00:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "2",
      "id_str": "1777109183103104649",
      "truncated": false,
      "retweet_count": "0",
      "id": "1777109183103104649",
      "created_at": "Sun Apr 07 23:00:21 +0000 2024",
      "favorited": false,
      "full_text": "Field day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776286730421036528"
          ],
          "editableUntil": "2024-04-05T17:32:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "193"
      ],
      "favorite_count": "0",
      "id_str": "1776286730421036528",
      "truncated": false,
      "retweet_count": "1",
      "id": "1776286730421036528",
      "created_at": "Fri Apr 05 16:32:13 +0000 2024",
      "favorited": false,
      "full_text": "Sea stars move on hundreds of tube feet powered by water pressure. Slow, steady, stubborn grip. When students ask how a star opens a mussel, that's the whole answer: it doesn't get tired first.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774545863572271160"
          ],
          "editableUntil": "2024-03-31T22:14:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "nudibranch",
            "indices": [
              "130",
              "141"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "51",
      "id_str": "1774545863572271160",
      "truncated": false,
      "retweet_count": "1",
      "id": "1774545863572271160",
      "created_at": "Sun Mar 31 21:14:38 +0000 2024",
      "favorited": false,
      "full_text": "First clown dorid of the spring, grazing bryozoans on the underside of a ledge. Triopha catalinae, you absolute scoop of sherbet. #nudibranch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773115182281815906"
          ],
          "editableUntil": "2024-03-27T23:29:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "8",
      "id_str": "1773115182281815906",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773115182281815906",
      "created_at": "Wed Mar 27 22:29:37 +0000 2024",
      "favorited": false,
      "full_text": "Paper notebooks beat tablets for one reason: they still work after you drop them in a tidepool. Also a pencil never runs out of battery at -1.3 ft.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771635738015690228"
          ],
          "editableUntil": "2024-03-23T21:30:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "138"
      ],
      "favorite_count": "5",
      "id_str": "1771635738015690228",
      "truncated": false,
      "retweet_count": "1",
      "id": "1771635738015690228",
      "created_at": "Sat Mar 23 20:30:50 +0000 2024",
      "favorited": false,
      "full_text": "@gradstudentgus Reminder: meeting at the lot at 5:15 tomorrow. Bring the spare clipboards and the good coffee, not the gas-station coffee.",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1771469643576468090",
      "in_reply_to_status_id": "1771469643576468090"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770454903027596585"
          ],
          "editableUntil": "2024-03-20T15:18:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "4",
      "id_str": "1770454903027596585",
      "truncated": false,
      "retweet_count": "1",
      "id": "1770454903027596585",
      "created_at": "Wed Mar 20 14:18:37 +0000 2024",
      "favorited": false,
      "full_text": "Grant report due Friday. I've reached the stage where the word “robust” has lost all meaning &amp; I've used it nine times on one page.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768436272592972335"
          ],
          "editableUntil": "2024-03-15T01:37:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "3",
      "id_str": "1768436272592972335",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768436272592972335",
      "created_at": "Fri Mar 15 00:37:18 +0000 2024",
      "favorited": false,
      "full_text": "Watched a Nucella ostrina drill into a barnacle over most of a low tide. Slow, deliberate, finished with a very tidy hole. Dogwhelks are craftspeople and I will hear no argument.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767197623321122665"
          ],
          "editableUntil": "2024-03-11T15:35:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Arrowood",
            "screen_name": "kelpcountkit",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000055533",
            "id": "1500000000000055533"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "0",
      "id_str": "1767197623321122665",
      "truncated": false,
      "retweet_count": "10",
      "id": "1767197623321122665",
      "created_at": "Mon Mar 11 14:35:21 +0000 2024",
      "favorited": false,
      "full_text": "RT @kelpcountkit: First spring bull kelp is up at the shallow sites. Tiny, like a crowd of green balloons on strings. Good early sign.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765539682056731180"
          ],
          "editableUntil": "2024-03-07T01:47:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "5",
      "id_str": "1765539682056731180",
      "truncated": false,
      "retweet_count": "2",
      "id": "1765539682056731180",
      "created_at": "Thu Mar 07 00:47:17 +0000 2024",
      "favorited": false,
      "full_text": "Aggregating anemones carry acrorhagi, little white-tipped weapons around the column, and they use them on neighboring clones. Border wars fought at a few centimeters a day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763679537595224926"
          ],
          "editableUntil": "2024-03-01T22:35:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/nSjtlm8Khg",
            "expanded_url": "https://example.org/seastarwatch/training/spring-2024",
            "display_url": "example.org/seastarwatch/…",
            "indices": [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "9",
      "id_str": "1763679537595224926",
      "truncated": false,
      "retweet_count": "1",
      "id": "1763679537595224926",
      "created_at": "Fri Mar 01 21:35:44 +0000 2024",
      "favorited": false,
      "full_text": "Spring volunteer training is open. New this year: a module on recognizing wasting lesions, with a photo quiz. https://t.co/nSjtlm8Khg",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763353040386994224"
          ],
          "editableUntil": "2024-03-01T00:58:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "9",
      "id_str": "1763353040386994224",
      "truncated": false,
      "retweet_count": "1",
      "id": "1763353040386994224",
      "created_at": "Thu Feb 29 23:58:21 +0000 2024",
      "favorited": false,
      "full_text": "Sunrise on a February low, fog lifting, the whole bench glowing pink with coralline algae. Took one bad photo, then put the phone away and just stood there.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761204462027779620"
          ],
          "editableUntil": "2024-02-24T02:40:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/AVNYCbjkTP",
            "expanded_url": "https://example.org/mara/reading-list-intertidal",
            "display_url": "example.org/mara/reading-…",
            "indices": [
              "167",
              "190"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "190"
      ],
      "favorite_count": "11",
      "id_str": "1761204462027779620",
      "truncated": false,
      "retweet_count": "0",
      "id": "1761204462027779620",
      "created_at": "Sat Feb 24 01:40:40 +0000 2024",
      "favorited": false,
      "full_text": "Put together a reading list for new grad students in intertidal ecology: classic field experiments, a few methods papers, and one delightful old monograph on chitons. https://t.co/AVNYCbjkTP",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1760358764511278273"
          ],
          "editableUntil": "2024-02-21T18:40:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nell Varga-Sand",
            "screen_name": "nudibranchnell",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000063452",
            "id": "1500000000000063452"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "109"
      ],
      "favorite_count": "12",
      "id_str": "1760358764511278273",
      "truncated": false,
      "retweet_count": "1",
      "id": "1760358764511278273",
      "created_at": "Wed Feb 21 17:40:10 +0000 2024",
      "favorited": false,
      "full_text": "@nudibranchnell I'm stealing your phrase “frosted-glass cerata” for the field guide. Credit given, obviously.",
      "lang": "en",
      "in_reply_to_screen_name": "nudibranchnell",
      "in_reply_to_user_id_str": "1500000000000063452",
      "in_reply_to_user_id": "1500000000000063452",
      "in_reply_to_status_id_str": "1760102073105974592",
      "in_reply_to_status_id": "1760102073105974592"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757642176722469312"
          ],
          "editableUntil": "2024-02-14T06:45:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "181"
      ],
      "favorite_count": "3",
      "id_str": "1757642176722469312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1757642176722469312",
      "created_at": "Wed Feb 14 05:45:25 +0000 2024",
      "favorited": false,
      "full_text": "Drafting a limpet grazing paper, coffee in hand. Reviewer 2 from my last submission lives in my head rent-free, and I've started answering their objections before they've been made.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757283215606721186"
          ],
          "editableUntil": "2024-02-13T06:59:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1757283215606721186",
      "truncated": false,
      "retweet_count": "5",
      "id": "1757283215606721186",
      "created_at": "Tue Feb 13 05:59:02 +0000 2024",
      "favorited": false,
      "full_text": "Whelks everywhere.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754527356551595951"
          ],
          "editableUntil": "2024-02-05T16:28:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "2",
      "id_str": "1754527356551595951",
      "truncated": false,
      "retweet_count": "5",
      "id": "1754527356551595951",
      "created_at": "Mon Feb 05 15:28:14 +0000 2024",
      "favorited": false,
      "full_text": "Before: a thick blue-black mat of mussels. After: bare rock, two barnacles and a lot of opportunity. Succession starts today, and we'll be watching every quadrat of it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754182760922044995"
          ],
          "editableUntil": "2024-02-04T17:38:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Intertidal",
            "indices": [
              "122",
              "133"
            ]
          },
          {
            "text": "StormSeason",
            "indices": [
              "134",
              "146"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1754182760922044995",
      "truncated": false,
      "retweet_count": "2",
      "id": "1754182760922044995",
      "created_at": "Sun Feb 04 16:38:56 +0000 2024",
      "favorited": false,
      "full_text": "Winter storm surge took a big bite out of the upper mussel bed at the south site. Before and after photos in the replies. #Intertidal #StormSeason",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751800111036391145"
          ],
          "editableUntil": "2024-01-29T03:51:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "21",
      "id_str": "1751800111036391145",
      "truncated": false,
      "retweet_count": "0",
      "id": "1751800111036391145",
      "created_at": "Mon Jan 29 02:51:08 +0000 2024",
      "favorited": false,
      "full_text": "One of my students just learned that some chitons have eyes embedded in their shell plates, tiny lenses made of mineral. She hasn't stopped talking about it for a week and I support her completely.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751056444162304926"
          ],
          "editableUntil": "2024-01-27T02:36:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "12",
      "id_str": "1751056444162304926",
      "truncated": false,
      "retweet_count": "1",
      "id": "1751056444162304926",
      "created_at": "Sat Jan 27 01:36:04 +0000 2024",
      "favorited": false,
      "full_text": "Leather stars smell like garlic. Or sulfur. Or both, depending who you ask. Hold a Dermasterias up to a student's nose and watch their face. Then put it back exactly where it was.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1748738055208046551"
          ],
          "editableUntil": "2024-01-20T17:03:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Barnacle Brigade",
            "screen_name": "barnaclebrigade",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "1500000000000008019",
            "id": "1500000000000008019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "0",
      "id_str": "1748738055208046551",
      "truncated": false,
      "retweet_count": "11",
      "id": "1748738055208046551",
      "created_at": "Sat Jan 20 16:03:37 +0000 2024",
      "favorited": false,
      "full_text": "RT @barnaclebrigade: Winter workday Saturday: cleaning quadrat frames, relabeling bolts, sorting last year's photos. Hot cider provided. Bring a warm hat.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1748236487753838812"
          ],
          "editableUntil": "2024-01-19T07:50:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/sYeTJpxo9v",
            "expanded_url": "https://example.org/fogbell-station/news/2024-monitoring-grant",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "11",
      "id_str": "1748236487753838812",
      "truncated": false,
      "retweet_count": "1",
      "id": "1748236487753838812",
      "created_at": "Fri Jan 19 06:50:34 +0000 2024",
      "favorited": false,
      "full_text": "The station just got funding for three more years of monitoring. Unglamorous work, steady money, the best kind of news. https://t.co/sYeTJpxo9v",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746377962289067254"
          ],
          "editableUntil": "2024-01-14T04:45:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "0",
      "id_str": "1746377962289067254",
      "truncated": false,
      "retweet_count": "0",
      "id": "1746377962289067254",
      "created_at": "Sun Jan 14 03:45:27 +0000 2024",
      "favorited": false,
      "full_text": "Thing nobody tells you about counting sea stars at night: under a headlamp the orange and purple ochres look nearly identical. You learn to go by the lacy pattern of white spines instead.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744606502188369681"
          ],
          "editableUntil": "2024-01-09T07:26:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Driftwood Lab",
            "screen_name": "driftwoodlab",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000023857",
            "id": "1500000000000023857"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "154"
      ],
      "favorite_count": "7",
      "id_str": "1744606502188369681",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744606502188369681",
      "created_at": "Tue Jan 09 06:26:18 +0000 2024",
      "favorited": false,
      "full_text": "@driftwoodlab Your new field tech is a legend. Showed up to a night low in a full-body rain suit with a headlamp duct-taped to her hood. Hire more of her.",
      "lang": "en",
      "in_reply_to_screen_name": "driftwoodlab",
      "in_reply_to_user_id_str": "1500000000000023857",
      "in_reply_to_user_id": "1500000000000023857",
      "in_reply_to_status_id_str": "1744349810786674486",
      "in_reply_to_status_id": "1744349810786674486"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1743698095634405561"
          ],
          "editableUntil": "2024-01-06T19:16:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "6",
      "id_str": "1743698095634405561",
      "truncated": false,
      "retweet_count": "2",
      "id": "1743698095634405561",
      "created_at": "Sat Jan 06 18:16:37 +0000 2024",
      "favorited": false,
      "full_text": "First notebook entry of 2024: “-1.6 ft, 6:58pm. Rain, wind, dark. 19 ochre stars, 2 leather stars. One glove lost to the sea.” A very typical January.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1741173300790061611"
          ],
          "editableUntil": "2023-12-30T20:03:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "2",
      "id_str": "1741173300790061611",
      "truncated": false,
      "retweet_count": "0",
      "id": "1741173300790061611",
      "created_at": "Sat Dec 30 19:03:59 +0000 2023",
      "favorited": false,
      "full_text": "Pisaster!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1739858571033633406"
          ],
          "editableUntil": "2023-12-27T04:59:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "3",
      "id_str": "1739858571033633406",
      "truncated": false,
      "retweet_count": "5",
      "id": "1739858571033633406",
      "created_at": "Wed Dec 27 03:59:43 +0000 2023",
      "favorited": false,
      "full_text": "Ending the year with my feet up, a warm mug (actually warm!), and the 2024 tide tables printed and tabbed. Those June lows look spectacular.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1738084321720273602"
          ],
          "editableUntil": "2023-12-22T07:29:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "1",
      "id_str": "1738084321720273602",
      "truncated": false,
      "retweet_count": "1",
      "id": "1738084321720273602",
      "created_at": "Fri Dec 22 06:29:29 +0000 2023",
      "favorited": false,
      "full_text": "December storms have stacked the wrack line knee-high with bull kelp. Dig in and you'll find kelp crabs, sponges, a hundred isopods, and, today, somebody's left glove.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1735710085609406370"
          ],
          "editableUntil": "2023-12-15T18:15:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "3",
      "id_str": "1735710085609406370",
      "truncated": false,
      "retweet_count": "3",
      "id": "1735710085609406370",
      "created_at": "Fri Dec 15 17:15:07 +0000 2023",
      "favorited": false,
      "full_text": "Got a holiday card from a volunteer with a hand-drawn ochre star and “thanks for teaching me to count.” &lt;3 It's on the lab fridge now, next to the tide table.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1732956109796921610"
          ],
          "editableUntil": "2023-12-08T03:51:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/XybHJpOzvy",
            "expanded_url": "https://example.org/seastarwatch/annual/2023-summary",
            "display_url": "example.org/seastarwatch/…",
            "indices": [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1732956109796921610",
      "truncated": false,
      "retweet_count": "1",
      "id": "1732956109796921610",
      "created_at": "Fri Dec 08 02:51:48 +0000 2023",
      "favorited": false,
      "full_text": "End-of-year citizen-science summary for our reach is online. Volunteers logged 3,140 sea stars this year. Thank you, truly. https://t.co/XybHJpOzvy",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1731470214693539770"
          ],
          "editableUntil": "2023-12-04T01:27:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "186"
      ],
      "favorite_count": "22",
      "id_str": "1731470214693539770",
      "truncated": false,
      "retweet_count": "0",
      "id": "1731470214693539770",
      "created_at": "Mon Dec 04 00:27:23 +0000 2023",
      "favorited": false,
      "full_text": "The stinging cells of our local anemones are too weak to get through the skin on your fingers, which is why a touch just feels sticky. For a small fish it is a very different experience.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1728935303181381953"
          ],
          "editableUntil": "2023-11-27T01:34:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "4",
      "id_str": "1728935303181381953",
      "truncated": false,
      "retweet_count": "2",
      "id": "1728935303181381953",
      "created_at": "Mon Nov 27 00:34:33 +0000 2023",
      "favorited": false,
      "full_text": "Station outreach week. One kid said an anemone felt like “a sticky hug.” That line is going in the next field guide, with credit to a seven-year-old named Theo.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1727218058658563784"
          ],
          "editableUntil": "2023-11-22T07:50:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nell Varga-Sand",
            "screen_name": "nudibranchnell",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000063452",
            "id": "1500000000000063452"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1727218058658563784",
      "truncated": false,
      "retweet_count": "3",
      "id": "1727218058658563784",
      "created_at": "Wed Nov 22 06:50:50 +0000 2023",
      "favorited": false,
      "full_text": "RT @nudibranchnell: Found a Dirona albolineata tonight with the most perfect white-edged cerata. It looked like it was made of frosted glass.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1725035271553509056"
          ],
          "editableUntil": "2023-11-16T07:17:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LowTide",
            "indices": [
              "147",
              "155"
            ]
          },
          {
            "text": "Tidepools",
            "indices": [
              "156",
              "166"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "166"
      ],
      "favorite_count": "4",
      "id_str": "1725035271553509056",
      "truncated": false,
      "retweet_count": "2",
      "id": "1725035271553509056",
      "created_at": "Thu Nov 16 06:17:13 +0000 2023",
      "favorited": false,
      "full_text": "Tonight on the north bench: 31 ochre stars, no lesions, and one octopus arm that waved from under a boulder and then simply was not there anymore. #LowTide #Tidepools",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1723137164440524076"
          ],
          "editableUntil": "2023-11-11T01:34:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "1",
      "id_str": "1723137164440524076",
      "truncated": false,
      "retweet_count": "3",
      "id": "1723137164440524076",
      "created_at": "Sat Nov 11 00:34:49 +0000 2023",
      "favorited": false,
      "full_text": "Headlamp on red so I don't blind the night shift. Found a daisy brittle star sprawled in the open, arms banded like candy canes, which they almost never do in daylight.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1721779971555415043"
          ],
          "editableUntil": "2023-11-07T07:41:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "1",
      "id_str": "1721779971555415043",
      "truncated": false,
      "retweet_count": "1",
      "id": "1721779971555415043",
      "created_at": "Tue Nov 07 06:41:49 +0000 2023",
      "favorited": false,
      "full_text": "Night lows are back. -1.2 ft at 8:40pm Thursday. The rocks are a different world after dark: crabs everywhere, anemones wide open, little fish asleep in the pools.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1719478854743801693"
          ],
          "editableUntil": "2023-10-31T23:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jules Okafor-Lind",
            "screen_name": "coldwaterjules",
            "indices": [
              "24",
              "39"
            ],
            "id_str": "1500000000000015938",
            "id": "1500000000000015938"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "4",
      "id_str": "1719478854743801693",
      "truncated": false,
      "retweet_count": "0",
      "id": "1719478854743801693",
      "created_at": "Tue Oct 31 22:18:00 +0000 2023",
      "favorited": false,
      "full_text": "Great conversation with @coldwaterjules about keeping volunteer data consistent year to year. The answer is always the same: simple protocols, good training, and snacks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1716482863398084094"
          ],
          "editableUntil": "2023-10-23T16:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "1",
      "id_str": "1716482863398084094",
      "truncated": false,
      "retweet_count": "0",
      "id": "1716482863398084094",
      "created_at": "Mon Oct 23 15:53:00 +0000 2023",
      "favorited": false,
      "full_text": "The poster session had an entire row of nudibranch posters and I went down it like a kid in a candy shop. Nobody needs to know how long I stood at the Janolus one.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1714317059030759146"
          ],
          "editableUntil": "2023-10-17T17:26:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/RaKNCO3AWl",
            "expanded_url": "https://example.org/mara/talks/2023-recruitment-slides",
            "display_url": "example.org/mara/talks/20…",
            "indices": [
              "149",
              "172"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "10",
      "id_str": "1714317059030759146",
      "truncated": false,
      "retweet_count": "2",
      "id": "1714317059030759146",
      "created_at": "Tue Oct 17 16:26:52 +0000 2023",
      "favorited": false,
      "full_text": "Slides from my talk on juvenile sea star recruitment. It went well, apart from the moment I called a chiton “a little guy” four times in one minute. https://t.co/RaKNCO3AWl",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1713699753948500983"
          ],
          "editableUntil": "2023-10-16T00:33:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1713699753948500983",
      "truncated": false,
      "retweet_count": "1",
      "id": "1713699753948500983",
      "created_at": "Sun Oct 15 23:33:55 +0000 2023",
      "favorited": false,
      "full_text": "A colleague asked why I don't study something warmer. Coral reefs have plenty of admirers. Somebody has to care about the barnacles in the fog.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1711793128210442320"
          ],
          "editableUntil": "2023-10-10T18:17:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "3",
      "id_str": "1711793128210442320",
      "truncated": false,
      "retweet_count": "7",
      "id": "1711793128210442320",
      "created_at": "Tue Oct 10 17:17:40 +0000 2023",
      "favorited": false,
      "full_text": "Cold coffee.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1710144762545016549"
          ],
          "editableUntil": "2023-10-06T05:07:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Driftwood Lab",
            "screen_name": "driftwoodlab",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000023857",
            "id": "1500000000000023857"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1710144762545016549",
      "truncated": false,
      "retweet_count": "12",
      "id": "1710144762545016549",
      "created_at": "Fri Oct 06 04:07:39 +0000 2023",
      "favorited": false,
      "full_text": "RT @driftwoodlab: We're hiring a winter field tech! Must enjoy night low tides, headlamps and rain. Must not need to be dry.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1707775916114222959"
          ],
          "editableUntil": "2023-09-29T16:14:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "198"
      ],
      "favorite_count": "2",
      "id_str": "1707775916114222959",
      "truncated": false,
      "retweet_count": "2",
      "id": "1707775916114222959",
      "created_at": "Fri Sep 29 15:14:42 +0000 2023",
      "favorited": false,
      "full_text": "First big swell of the fall rolled through and rearranged the boulder field. Half the chitons I tagged in July are now under a different rock. The intertidal reminding me who is in charge, as usual.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1706044029272931126"
          ],
          "editableUntil": "2023-09-24T21:32:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "21",
      "id_str": "1706044029272931126",
      "truncated": false,
      "retweet_count": "2",
      "id": "1706044029272931126",
      "created_at": "Sun Sep 24 20:32:48 +0000 2023",
      "favorited": false,
      "full_text": "Autumn agenda: R scripts, strong coffee, a conference talk &amp; a review of someone else's limpet paper that I really, really want to like.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1703550578458235942"
          ],
          "editableUntil": "2023-09-18T00:24:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "149"
      ],
      "favorite_count": "1",
      "id_str": "1703550578458235942",
      "truncated": false,
      "retweet_count": "2",
      "id": "1703550578458235942",
      "created_at": "Sun Sep 17 23:24:43 +0000 2023",
      "favorited": false,
      "full_text": "@gradstudentgus Your department seminar was terrific. Confident, clear, and you resisted the urge to cram every quadrat onto one slide. Proud of you.",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1703459981491872309",
      "in_reply_to_status_id": "1703459981491872309"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1702685272570091681"
          ],
          "editableUntil": "2023-09-15T15:06:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "196"
      ],
      "favorite_count": "6",
      "id_str": "1702685272570091681",
      "truncated": false,
      "retweet_count": "2",
      "id": "1702685272570091681",
      "created_at": "Fri Sep 15 14:06:18 +0000 2023",
      "favorited": false,
      "full_text": "I keep old field notebooks on the shelf above my desk. On hard days I pull one down at random. 2016: “First juvenile ochre since the crash!!!” with three exclamation points and a lopsided drawing.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1700574480694290769"
          ],
          "editableUntil": "2023-09-09T19:18:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/qFktd0EYBK",
            "expanded_url": "https://example.org/fogbell-station/reports/2023-summer-sea-stars",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "159",
              "182"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "0",
      "id_str": "1700574480694290769",
      "truncated": false,
      "retweet_count": "2",
      "id": "1700574480694290769",
      "created_at": "Sat Sep 09 18:18:46 +0000 2023",
      "favorited": false,
      "full_text": "Our 2023 summer report on ochre star densities, recruitment and wasting signs. Mostly good news, a few worrying spots, and a very long appendix about pencils. https://t.co/qFktd0EYBK",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1697994581081176651"
          ],
          "editableUntil": "2023-09-02T16:27:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "20",
      "id_str": "1697994581081176651",
      "truncated": false,
      "retweet_count": "1",
      "id": "1697994581081176651",
      "created_at": "Sat Sep 02 15:27:10 +0000 2023",
      "favorited": false,
      "full_text": "Field season's over and spreadsheet season has begun. 1,400 quadrats, 23 observers, six different ways of spelling Lottia. Data cleaning is just field work with worse weather.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1697313648408909725"
          ],
          "editableUntil": "2023-08-31T19:21:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Rosa Lindqvist-Maro",
            "screen_name": "rockweedrosa",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000071371",
            "id": "1500000000000071371"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1697313648408909725",
      "truncated": false,
      "retweet_count": "9",
      "id": "1697313648408909725",
      "created_at": "Thu Aug 31 18:21:23 +0000 2023",
      "favorited": false,
      "full_text": "RT @rockweedrosa: Rockweed tip: swollen, bumpy Fucus tips are reproductive. Squeeze one gently and you'll see the goo. Then wash your hands.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1696734100455662347"
          ],
          "editableUntil": "2023-08-30T04:58:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Rosa Lindqvist-Maro",
            "screen_name": "rockweedrosa",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000071371",
            "id": "1500000000000071371"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "160"
      ],
      "favorite_count": "1",
      "id_str": "1696734100455662347",
      "truncated": false,
      "retweet_count": "3",
      "id": "1696734100455662347",
      "created_at": "Wed Aug 30 03:58:28 +0000 2023",
      "favorited": false,
      "full_text": "@rockweedrosa Your Fucus desiccation setup is the most elegant thing I've seen all summer. Clothespins, a kitchen scale, and a stopwatch. Classic field ecology.",
      "lang": "en",
      "in_reply_to_screen_name": "rockweedrosa",
      "in_reply_to_user_id_str": "1500000000000071371",
      "in_reply_to_user_id": "1500000000000071371",
      "in_reply_to_status_id_str": "1696281115623353195",
      "in_reply_to_status_id": "1696281115623353195"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1695186330973387423"
          ],
          "editableUntil": "2023-08-25T22:28:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "1",
      "id_str": "1695186330973387423",
      "truncated": false,
      "retweet_count": "0",
      "id": "1695186330973387423",
      "created_at": "Fri Aug 25 21:28:11 +0000 2023",
      "favorited": false,
      "full_text": "Seaweed ID is humbling. Fifteen years on this coast and I still look twice at every iridescent red blade before I'll commit to Mazzaella. Red algae are a series of quiet little exams.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1694102678010122272"
          ],
          "editableUntil": "2023-08-22T22:42:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Y4DEDhZAx9",
            "expanded_url": "https://example.org/fogbell-station/bioblitz/2023-results",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "138",
              "161"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "0",
      "id_str": "1694102678010122272",
      "truncated": false,
      "retweet_count": "0",
      "id": "1694102678010122272",
      "created_at": "Tue Aug 22 21:42:08 +0000 2023",
      "favorited": false,
      "full_text": "The BioBlitz species list is up, sortable by phylum. My favorite entry just says “tiny red thing (???)” with a genuinely excellent photo. https://t.co/Y4DEDhZAx9",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1693430465295322500"
          ],
          "editableUntil": "2023-08-21T02:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fogbell Marine Station",
            "screen_name": "fogbellmarine",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000031776",
            "id": "1500000000000031776"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "0",
      "id_str": "1693430465295322500",
      "truncated": false,
      "retweet_count": "9",
      "id": "1693430465295322500",
      "created_at": "Mon Aug 21 01:11:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @fogbellmarine: Thanks to everyone at the August BioBlitz! 140 participants, 318 species recorded, and one photogenic rock greenling the crowd named Gerald.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1692913534107656265"
          ],
          "editableUntil": "2023-08-19T15:56:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "8",
      "id_str": "1692913534107656265",
      "truncated": false,
      "retweet_count": "3",
      "id": "1692913534107656265",
      "created_at": "Sat Aug 19 14:56:54 +0000 2023",
      "favorited": false,
      "full_text": "Small reminder that scientists are people who get sad about sea stars. Then we go back out the next morning and count them anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1692402789515660057"
          ],
          "editableUntil": "2023-08-18T06:07:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "4",
      "id_str": "1692402789515660057",
      "truncated": false,
      "retweet_count": "0",
      "id": "1692402789515660057",
      "created_at": "Fri Aug 18 05:07:23 +0000 2023",
      "favorited": false,
      "full_text": "Skunked.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1691215688237870407"
          ],
          "editableUntil": "2023-08-14T23:30:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1691215688237870407",
      "truncated": false,
      "retweet_count": "2",
      "id": "1691215688237870407",
      "created_at": "Mon Aug 14 22:30:16 +0000 2023",
      "favorited": false,
      "full_text": "Went back. Two more with lesions, the rest clean. I hate this part, the waiting to find out whether it's a blip or the start of something.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1689797485000181949"
          ],
          "editableUntil": "2023-08-11T01:34:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWasting",
            "indices": [
              "152",
              "167"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "9",
      "id_str": "1689797485000181949",
      "truncated": false,
      "retweet_count": "6",
      "id": "1689797485000181949",
      "created_at": "Fri Aug 11 00:34:50 +0000 2023",
      "favorited": false,
      "full_text": "Wasting signs at two sites this week. Small numbers, but the pattern is what matters. If you're out on the rocks, please log what you see, good or bad. #SeaStarWasting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1689321280502585045"
          ],
          "editableUntil": "2023-08-09T18:02:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "2",
      "id_str": "1689321280502585045",
      "truncated": false,
      "retweet_count": "0",
      "id": "1689321280502585045",
      "created_at": "Wed Aug 09 17:02:34 +0000 2023",
      "favorited": false,
      "full_text": "Notebook, 6:40am: “One dead Pisaster, pale, two arms detached. Photos taken. Lesions on two more nearby.” Not what I wanted to write. Reporting it and going back tomorrow.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1688303020932381313"
          ],
          "editableUntil": "2023-08-06T22:36:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Arrowood",
            "screen_name": "kelpcountkit",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000055533",
            "id": "1500000000000055533"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "155"
      ],
      "favorite_count": "7",
      "id_str": "1688303020932381313",
      "truncated": false,
      "retweet_count": "0",
      "id": "1688303020932381313",
      "created_at": "Sun Aug 06 21:36:22 +0000 2023",
      "favorited": false,
      "full_text": "@kelpcountkit Did you see the Nereocystis off the point this week? The canopy is thicker than I've seen in five years. I'm trying very hard not to jinx it.",
      "lang": "en",
      "in_reply_to_screen_name": "kelpcountkit",
      "in_reply_to_user_id_str": "1500000000000055533",
      "in_reply_to_user_id": "1500000000000055533",
      "in_reply_to_status_id_str": "1687925533570925572",
      "in_reply_to_status_id": "1687925533570925572"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1687543512167383958"
          ],
          "editableUntil": "2023-08-04T20:18:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/QSOSNGYuZA",
            "expanded_url": "https://example.org/fogbell-station/guides/chitons",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "9",
      "id_str": "1687543512167383958",
      "truncated": false,
      "retweet_count": "1",
      "id": "1687543512167383958",
      "created_at": "Fri Aug 04 19:18:21 +0000 2023",
      "favorited": false,
      "full_text": "Beautiful new field guide page on the chitons of our reach, illustrated by one of our undergrads. The mossy chiton drawing is perfect. https://t.co/QSOSNGYuZA",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1687298124412195458"
          ],
          "editableUntil": "2023-08-04T04:03:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "14",
      "id_str": "1687298124412195458",
      "truncated": false,
      "retweet_count": "2",
      "id": "1687298124412195458",
      "created_at": "Fri Aug 04 03:03:16 +0000 2023",
      "favorited": false,
      "full_text": "Counting barnacle recruits is like counting freckles on a child who won't sit still. Chthamalus dalli are smaller than Balanus and, apparently, personally committed to making my eyes cross.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1685302352935691693"
          ],
          "editableUntil": "2023-07-29T15:52:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "2",
      "id_str": "1685302352935691693",
      "truncated": false,
      "retweet_count": "0",
      "id": "1685302352935691693",
      "created_at": "Sat Jul 29 14:52:47 +0000 2023",
      "favorited": false,
      "full_text": "Fog so thick this morning I could hear the sea lions but couldn't see the waterline. Worked by sound and by the feel of the mussel bed through my boots. Slow and careful.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1684398820161579229"
          ],
          "editableUntil": "2023-07-27T04:02:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Urchin Barrens Project",
            "screen_name": "urchinbarrens",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000095128",
            "id": "1500000000000095128"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "0",
      "id_str": "1684398820161579229",
      "truncated": false,
      "retweet_count": "7",
      "id": "1684398820161579229",
      "created_at": "Thu Jul 27 03:02:28 +0000 2023",
      "favorited": false,
      "full_text": "RT @urchinbarrens: Summer dive report: purple urchin densities still high on the southern reef, but kelp is hanging on in the surge zone. More numbers soon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1683327112574840250"
          ],
          "editableUntil": "2023-07-24T05:03:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "23",
      "id_str": "1683327112574840250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1683327112574840250",
      "created_at": "Mon Jul 24 04:03:53 +0000 2023",
      "favorited": false,
      "full_text": "Students asked for my favorite sea star. I said Pisaster, keystone predator. Then Henricia, because fire-engine red. Then Leptasterias, because they brood. I may not have a favorite.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1681817628705353167"
          ],
          "editableUntil": "2023-07-20T01:05:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CitizenScience",
            "indices": [
              "152",
              "167"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "8",
      "id_str": "1681817628705353167",
      "truncated": false,
      "retweet_count": "1",
      "id": "1681817628705353167",
      "created_at": "Thu Jul 20 00:05:44 +0000 2023",
      "favorited": false,
      "full_text": "A family asked if they could help count today. Ten minutes of training later, their eight-year-old found a juvenile ochre star I had walked past twice. #CitizenScience wins again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1680683904137255300"
          ],
          "editableUntil": "2023-07-16T22:00:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "12",
      "id_str": "1680683904137255300",
      "truncated": false,
      "retweet_count": "4",
      "id": "1680683904137255300",
      "created_at": "Sun Jul 16 21:00:43 +0000 2023",
      "favorited": false,
      "full_text": "Tidepool sculpins know which pool is theirs. Move one a fair distance down the shore and it will often find its way home. Homing, in a fish the length of my thumb. I love this coast.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1679267827417420357"
          ],
          "editableUntil": "2023-07-13T00:13:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Annie Brisk-Holloway",
            "screen_name": "anemoneannie",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1500000000000000100",
            "id": "1500000000000000100"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "162"
      ],
      "favorite_count": "1",
      "id_str": "1679267827417420357",
      "truncated": false,
      "retweet_count": "1",
      "id": "1679267827417420357",
      "created_at": "Wed Jul 12 23:13:44 +0000 2023",
      "favorited": false,
      "full_text": "@anemoneannie The aggregating anemones in the south pools have that same washed-out look. Heat stress or just the light? Let's compare symbiont samples next week.",
      "lang": "en",
      "in_reply_to_screen_name": "anemoneannie",
      "in_reply_to_user_id_str": "1500000000000000100",
      "in_reply_to_user_id": "1500000000000000100",
      "in_reply_to_status_id_str": "1679131931966136200",
      "in_reply_to_status_id": "1679131931966136200"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1678465830353183028"
          ],
          "editableUntil": "2023-07-10T19:06:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "8",
      "id_str": "1678465830353183028",
      "truncated": false,
      "retweet_count": "4",
      "id": "1678465830353183028",
      "created_at": "Mon Jul 10 18:06:53 +0000 2023",
      "favorited": false,
      "full_text": "The purple shore crabs seem higher up the beach this summer. Could be warmer water, could be my memory playing tricks. This is exactly why we write everything down.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1677162446190707235"
          ],
          "editableUntil": "2023-07-07T04:47:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/FMwP9VrFjE",
            "expanded_url": "https://example.org/mara/notes/wasting-scoring-guide",
            "display_url": "example.org/mara/notes/wa…",
            "indices": [
              "165",
              "188"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "188"
      ],
      "favorite_count": "12",
      "id_str": "1677162446190707235",
      "truncated": false,
      "retweet_count": "11",
      "id": "1677162446190707235",
      "created_at": "Fri Jul 07 03:47:42 +0000 2023",
      "favorited": false,
      "full_text": "Wrote up how we score wasting-disease lesions in the field, with photos from our reference set. Feedback welcome, especially from anyone who uses a different scale. https://t.co/FMwP9VrFjE",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1675732578597291602"
          ],
          "editableUntil": "2023-07-03T06:05:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "199"
      ],
      "favorite_count": "1",
      "id_str": "1675732578597291602",
      "truncated": false,
      "retweet_count": "2",
      "id": "1675732578597291602",
      "created_at": "Mon Jul 03 05:05:55 +0000 2023",
      "favorited": false,
      "full_text": "Midday heat plus low tide is the nightmare combination for the high intertidal. This week's lows are early, thank goodness, so the barnacles &amp; mussels are back underwater before the sun gets serious.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1674889884203051501"
          ],
          "editableUntil": "2023-06-30T22:17:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "212"
      ],
      "favorite_count": "9",
      "id_str": "1674889884203051501",
      "truncated": false,
      "retweet_count": "2",
      "id": "1674889884203051501",
      "created_at": "Fri Jun 30 21:17:21 +0000 2023",
      "favorited": false,
      "full_text": "Watched an ochre star open a mussel over forty minutes. It isn't dramatic. It's patience as a hunting strategy, tube feet pulling and pulling. Then it slides its stomach into the gap. Okay, that part is dramatic.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1673055194970809027"
          ],
          "editableUntil": "2023-06-25T20:46:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Tide Table Bot",
            "screen_name": "tidetablebot",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000087209",
            "id": "1500000000000087209"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "0",
      "id_str": "1673055194970809027",
      "truncated": false,
      "retweet_count": "6",
      "id": "1673055194970809027",
      "created_at": "Sun Jun 25 19:46:57 +0000 2023",
      "favorited": false,
      "full_text": "RT @tidetablebot: Minus tides below -1.5 ft this week: Mon 5:02am (-1.7), Tue 5:44am (-2.0), Wed 6:25am (-2.1), Thu 7:07am (-1.9). Check your local station first.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1671700095039072389"
          ],
          "editableUntil": "2023-06-22T03:02:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1671700095039072389",
      "truncated": false,
      "retweet_count": "2",
      "id": "1671700095039072389",
      "created_at": "Thu Jun 22 02:02:16 +0000 2023",
      "favorited": false,
      "full_text": "Field season inventory: 4 clipboards, 9 pencils, 3 headlamps, 1 thermos dented in the Great Slip of last June, 0 dry socks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1670813037494722649"
          ],
          "editableUntil": "2023-06-19T16:17:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "1",
      "id_str": "1670813037494722649",
      "truncated": false,
      "retweet_count": "0",
      "id": "1670813037494722649",
      "created_at": "Mon Jun 19 15:17:25 +0000 2023",
      "favorited": false,
      "full_text": "Gumboots on.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1669398206477274830"
          ],
          "editableUntil": "2023-06-15T18:35:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "180"
      ],
      "favorite_count": "5",
      "id_str": "1669398206477274830",
      "truncated": false,
      "retweet_count": "3",
      "id": "1669398206477274830",
      "created_at": "Thu Jun 15 17:35:23 +0000 2023",
      "favorited": false,
      "full_text": "There is a specific face a grad student makes when they realize the quick survey means 200 quadrats on wet rock. I made that face in 2009. It's a rite of passage and I'm not sorry.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1668336103848958997"
          ],
          "editableUntil": "2023-06-12T20:14:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "16",
              "31"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/pqNrgOr9Gs",
            "expanded_url": "https://example.org/seastarwatch/maps/2023-midseason",
            "display_url": "example.org/seastarwatch/…",
            "indices": [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "13",
      "id_str": "1668336103848958997",
      "truncated": false,
      "retweet_count": "0",
      "id": "1668336103848958997",
      "created_at": "Mon Jun 12 19:14:58 +0000 2023",
      "favorited": false,
      "full_text": "Volunteers with @seastarwatchnw just logged their 500th survey of the season. Here's a map of every site, shaded by juvenile ochre density. https://t.co/pqNrgOr9Gs",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1666836677916438064"
          ],
          "editableUntil": "2023-06-08T16:56:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "200"
      ],
      "favorite_count": "26",
      "id_str": "1666836677916438064",
      "truncated": false,
      "retweet_count": "2",
      "id": "1666836677916438064",
      "created_at": "Thu Jun 08 15:56:47 +0000 2023",
      "favorited": false,
      "full_text": "Sea palms on the outer rocks, folding flat under each wave and snapping upright again. Postelsia is an annual that chooses to grow in the most violent spot it can find. I find that weirdly motivating.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1665385843000285877"
          ],
          "editableUntil": "2023-06-04T16:51:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LowTide",
            "indices": [
              "186",
              "194"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "194"
      ],
      "favorite_count": "19",
      "id_str": "1665385843000285877",
      "truncated": false,
      "retweet_count": "0",
      "id": "1665385843000285877",
      "created_at": "Sun Jun 04 15:51:41 +0000 2023",
      "favorited": false,
      "full_text": "-2.1 ft at 5:38am, as promised. Gooseneck barnacles, a sea cucumber waving orange feeding tentacles, three Dirona in one pool. Every person on the crew saw something for the first time. #LowTide",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1664654511570875883"
          ],
          "editableUntil": "2023-06-02T16:25:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "8",
      "id_str": "1664654511570875883",
      "truncated": false,
      "retweet_count": "0",
      "id": "1664654511570875883",
      "created_at": "Fri Jun 02 15:25:38 +0000 2023",
      "favorited": false,
      "full_text": "Solstice lows are the good ones. -2.1 ft at 5:38am on Tuesday. I will be on the rocks at 4:45 with a clipboard and strong opinions about coffee.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1663749049415969909"
          ],
          "editableUntil": "2023-05-31T04:27:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "7",
      "id_str": "1663749049415969909",
      "truncated": false,
      "retweet_count": "4",
      "id": "1663749049415969909",
      "created_at": "Wed May 31 03:27:39 +0000 2023",
      "favorited": false,
      "full_text": "Our mussel bed is getting old. The big Mytilus californianus in the middle are probably older than some of my students, which I find comforting and which they find deeply unsettling.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1663328805323023134"
          ],
          "editableUntil": "2023-05-30T00:37:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "5",
      "id_str": "1663328805323023134",
      "truncated": false,
      "retweet_count": "0",
      "id": "1663328805323023134",
      "created_at": "Mon May 29 23:37:45 +0000 2023",
      "favorited": false,
      "full_text": "The hermit crab in pool 4 has upgraded to a Nucella shell with a neat drill hole in one side. Housing is tight out there. You take the place with the skylight.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1661862157877703347"
          ],
          "editableUntil": "2023-05-25T23:29:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jules Okafor-Lind",
            "screen_name": "coldwaterjules",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000015938",
            "id": "1500000000000015938"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "0",
      "id_str": "1661862157877703347",
      "truncated": false,
      "retweet_count": "12",
      "id": "1661862157877703347",
      "created_at": "Thu May 25 22:29:49 +0000 2023",
      "favorited": false,
      "full_text": "RT @coldwaterjules: Reminder that intertidal animals are not souvenirs. Take photos, put rocks back the way you found them, leave the empty shells for the hermit crabs.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1661550575616051615"
          ],
          "editableUntil": "2023-05-25T02:51:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/z1QJgLRKc2",
            "expanded_url": "https://example.org/preprints/quillfeather-limpet-grazing-2023",
            "display_url": "example.org/preprints/qui…",
            "indices": [
              "168",
              "191"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "1",
      "id_str": "1661550575616051615",
      "truncated": false,
      "retweet_count": "2",
      "id": "1661550575616051615",
      "created_at": "Thu May 25 01:51:42 +0000 2023",
      "favorited": false,
      "full_text": "New preprint from our group on limpet grazing and algal cover across a wave-exposure gradient. The sheltered benches tell a very different story than the exposed ones. https://t.co/z1QJgLRKc2",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1660013036041492038"
          ],
          "editableUntil": "2023-05-20T21:02:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "193"
      ],
      "favorite_count": "4",
      "id_str": "1660013036041492038",
      "truncated": false,
      "retweet_count": "2",
      "id": "1660013036041492038",
      "created_at": "Sat May 20 20:02:04 +0000 2023",
      "favorited": false,
      "full_text": "The lined chiton, Tonicella lineata, is so beautiful it feels unfair to every other chiton. Zigzags of pink, cream and navy, and it grazes on pink coralline algae, so it matches its own dinner.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1659348280804034026"
          ],
          "editableUntil": "2023-05-19T01:00:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "3",
      "id_str": "1659348280804034026",
      "truncated": false,
      "retweet_count": "7",
      "id": "1659348280804034026",
      "created_at": "Fri May 19 00:00:34 +0000 2023",
      "favorited": false,
      "full_text": "What nobody mentions about field work: the hard part isn't the 4:30am alarm. It's lying there at 4:31 deciding the swell forecast is probably fine.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1658983451851089217"
          ],
          "editableUntil": "2023-05-18T00:50:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "27",
      "id_str": "1658983451851089217",
      "truncated": false,
      "retweet_count": "0",
      "id": "1658983451851089217",
      "created_at": "Wed May 17 23:50:52 +0000 2023",
      "favorited": false,
      "full_text": "Ochres!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1657761537851698012"
          ],
          "editableUntil": "2023-05-14T15:55:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CitizenScience",
            "indices": [
              "163",
              "178"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "10",
      "id_str": "1657761537851698012",
      "truncated": false,
      "retweet_count": "4",
      "id": "1657761537851698012",
      "created_at": "Sun May 14 14:55:25 +0000 2023",
      "favorited": false,
      "full_text": "Dawn transects, day three: 41 Pisaster, 6 Evasterias, and one blood star being extremely red under a ledge. The volunteers spotted every one of them before I did. #CitizenScience",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1656824266094574756"
          ],
          "editableUntil": "2023-05-12T01:51:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "82",
      "id_str": "1656824266094574756",
      "truncated": false,
      "retweet_count": "0",
      "id": "1656824266094574756",
      "created_at": "Fri May 12 00:51:02 +0000 2023",
      "favorited": false,
      "full_text": "A sunflower star would make my entire year. I haven't seen a live Pycnopodia helianthoides in these pools since the outbreak. I check every deep pool anyway, every single time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1656158600689819896"
          ],
          "editableUntil": "2023-05-10T05:45:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "142"
      ],
      "favorite_count": "9",
      "id_str": "1656158600689819896",
      "truncated": false,
      "retweet_count": "0",
      "id": "1656158600689819896",
      "created_at": "Wed May 10 04:45:55 +0000 2023",
      "favorited": false,
      "full_text": "@gradstudentgus Congratulations on passing quals!! I hope you celebrated with something other than cold coffee on a rock. (I know you didn't.)",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1655977406757657259",
      "in_reply_to_status_id": "1655977406757657259"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1655378460146720838"
          ],
          "editableUntil": "2023-05-08T02:05:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "185"
      ],
      "favorite_count": "9",
      "id_str": "1655378460146720838",
      "truncated": false,
      "retweet_count": "0",
      "id": "1655378460146720838",
      "created_at": "Mon May 08 01:05:55 +0000 2023",
      "favorited": false,
      "full_text": "The tide came back faster than the table promised, which is a reminder that the table is a polite suggestion and the ocean is in charge. Left a quadrat frame behind. It's beach art now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1654231506747251211"
          ],
          "editableUntil": "2023-05-04T22:08:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "199"
      ],
      "favorite_count": "10",
      "id_str": "1654231506747251211",
      "truncated": false,
      "retweet_count": "2",
      "id": "1654231506747251211",
      "created_at": "Thu May 04 21:08:20 +0000 2023",
      "favorited": false,
      "full_text": "Black leather chitons, Katharina tunicata, are oddballs. Most chitons hide under rocks by day. Katharina sits right out on wave-swept rock in broad daylight, shiny and black, daring the gulls to try.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1653059895032235690"
          ],
          "editableUntil": "2023-05-01T16:32:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/4NikLbkmLE",
            "expanded_url": "https://example.org/fogbell-station/tides/summer-2023-cheatsheet.pdf",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "19",
      "id_str": "1653059895032235690",
      "truncated": false,
      "retweet_count": "0",
      "id": "1653059895032235690",
      "created_at": "Mon May 01 15:32:46 +0000 2023",
      "favorited": false,
      "full_text": "Summer tide cheat sheet: dawn lows highlighted, the don't-go-alone lows in red. Print it, laminate it, lose it under a car seat. https://t.co/4NikLbkmLE",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1652547527243683626"
          ],
          "editableUntil": "2023-04-30T06:36:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "8",
      "id_str": "1652547527243683626",
      "truncated": false,
      "retweet_count": "0",
      "id": "1652547527243683626",
      "created_at": "Sun Apr 30 05:36:48 +0000 2023",
      "favorited": false,
      "full_text": "Every April I forget how much I love the sound of gumboots crunching on wet cobble, and then I hear it and it's like the season never left.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1650945953235141912"
          ],
          "editableUntil": "2023-04-25T20:32:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Annie Brisk-Holloway",
            "screen_name": "anemoneannie",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000000100",
            "id": "1500000000000000100"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "0",
      "id_str": "1650945953235141912",
      "truncated": false,
      "retweet_count": "1",
      "id": "1650945953235141912",
      "created_at": "Tue Apr 25 19:32:43 +0000 2023",
      "favorited": false,
      "full_text": "RT @anemoneannie: Brooding anemones carrying babies around their column like a charm bracelet. Found a dozen today under the red algae on the low bench.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1650568214215441105"
          ],
          "editableUntil": "2023-04-24T19:31:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "3",
      "id_str": "1650568214215441105",
      "truncated": false,
      "retweet_count": "1",
      "id": "1650568214215441105",
      "created_at": "Mon Apr 24 18:31:43 +0000 2023",
      "favorited": false,
      "full_text": "Students counted 312 Balanus glandula in a single 10 by 10 cm square this morning and then asked whether barnacles ever get lonely. Reader, they do not. They are packed in like commuters.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1649156931582924682"
          ],
          "editableUntil": "2023-04-20T22:03:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "11",
      "id_str": "1649156931582924682",
      "truncated": false,
      "retweet_count": "0",
      "id": "1649156931582924682",
      "created_at": "Thu Apr 20 21:03:47 +0000 2023",
      "favorited": false,
      "full_text": "Our first cohort of citizen-science volunteers came back for year three. Half of them now know more about chiton plates than I did at their age. &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1648433942624729933"
          ],
          "editableUntil": "2023-04-18T22:10:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "195"
      ],
      "favorite_count": "17",
      "id_str": "1648433942624729933",
      "truncated": false,
      "retweet_count": "0",
      "id": "1648433942624729933",
      "created_at": "Tue Apr 18 21:10:53 +0000 2023",
      "favorited": false,
      "full_text": "Mopalia muscosa, the mossy chiton, wears a fringe of stiff bristles around its girdle, like a tiny mustache on a stone. I could watch one not move for an hour. I have, in fact, done exactly that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1647420825272482956"
          ],
          "editableUntil": "2023-04-16T03:05:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/AgIyoa4KMb",
            "expanded_url": "https://example.org/fogbell-station/handouts/five-animals.pdf",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "179",
              "202"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "202"
      ],
      "favorite_count": "0",
      "id_str": "1647420825272482956",
      "truncated": false,
      "retweet_count": "2",
      "id": "1647420825272482956",
      "created_at": "Sun Apr 16 02:05:07 +0000 2023",
      "favorited": false,
      "full_text": "Anyone teaching intertidal ID to beginners, our one-page “five animals you'll definitely see” handout is free to print: barnacle, limpet, mussel, ochre star, aggregating anemone. https://t.co/AgIyoa4KMb",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1645648148823678602"
          ],
          "editableUntil": "2023-04-11T05:41:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Qjh8QLJeiB",
            "expanded_url": "https://example.org/fogbell-station/protocols/notebook-scanning",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "168",
              "191"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "12",
      "id_str": "1645648148823678602",
      "truncated": false,
      "retweet_count": "2",
      "id": "1645648148823678602",
      "created_at": "Tue Apr 11 04:41:08 +0000 2023",
      "favorited": false,
      "full_text": "Spent the afternoon digitizing 2019 notebook pages. My handwriting back then was worse, but my chiton drawings were better. Here's the scanning protocol we settled on: https://t.co/Qjh8QLJeiB",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1645196816545757065"
          ],
          "editableUntil": "2023-04-09T23:47:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Barnacle Brigade",
            "screen_name": "barnaclebrigade",
            "indices": [
              "19",
              "35"
            ],
            "id_str": "1500000000000008019",
            "id": "1500000000000008019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "9",
      "id_str": "1645196816545757065",
      "truncated": false,
      "retweet_count": "4",
      "id": "1645196816545757065",
      "created_at": "Sun Apr 09 22:47:42 +0000 2023",
      "favorited": false,
      "full_text": "Enormous thanks to @barnaclebrigade for hauling forty quadrat frames up the bluff trail so my class didn't have to. Community science is, above all, people carrying heavy things together.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1644038567884585779"
          ],
          "editableUntil": "2023-04-06T19:05:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "17",
      "id_str": "1644038567884585779",
      "truncated": false,
      "retweet_count": "0",
      "id": "1644038567884585779",
      "created_at": "Thu Apr 06 18:05:14 +0000 2023",
      "favorited": false,
      "full_text": "The feather boa kelp is back on the low bench, long ribbons slumped over the rocks at low water. Egregia menziesii always looks like it dressed up for a party that got cancelled.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1642736689477089857"
          ],
          "editableUntil": "2023-04-03T04:52:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "11"
      ],
      "favorite_count": "56",
      "id_str": "1642736689477089857",
      "truncated": false,
      "retweet_count": "0",
      "id": "1642736689477089857",
      "created_at": "Mon Apr 03 03:52:02 +0000 2023",
      "favorited": false,
      "full_text": "Minus tide.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1641316099686003439"
          ],
          "editableUntil": "2023-03-30T06:47:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "2",
      "id_str": "1641316099686003439",
      "truncated": false,
      "retweet_count": "2",
      "id": "1641316099686003439",
      "created_at": "Thu Mar 30 05:47:07 +0000 2023",
      "favorited": false,
      "full_text": "Teaching field methods this spring. Lesson one: point-intercept sampling. Lesson two: never kneel on surfgrass, it's slicker than it looks. Lesson two was taught by example, to great applause.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1640465058627377629"
          ],
          "editableUntil": "2023-03-27T22:25:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "18",
      "id_str": "1640465058627377629",
      "truncated": false,
      "retweet_count": "0",
      "id": "1640465058627377629",
      "created_at": "Mon Mar 27 21:25:23 +0000 2023",
      "favorited": false,
      "full_text": "A visitor asked whether the purple urchins were poisonous. No, just spiny and hungry. The hungry part is the ecological problem, but it isn't personal.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1639132830234846770"
          ],
          "editableUntil": "2023-03-24T06:11:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWasting",
            "indices": [
              "174",
              "189"
            ]
          },
          {
            "text": "intertidal",
            "indices": [
              "190",
              "201"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "201"
      ],
      "favorite_count": "30",
      "id_str": "1639132830234846770",
      "truncated": false,
      "retweet_count": "0",
      "id": "1639132830234846770",
      "created_at": "Fri Mar 24 05:11:35 +0000 2023",
      "favorited": false,
      "full_text": "Ochre star recovery is patchy, not uniform. Our north site is crawling with juveniles; the south site two kilometers away still has almost none. Same water, different story. #SeaStarWasting #intertidal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1638045213653629908"
          ],
          "editableUntil": "2023-03-21T06:09:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "211"
      ],
      "favorite_count": "0",
      "id_str": "1638045213653629908",
      "truncated": false,
      "retweet_count": "14",
      "id": "1638045213653629908",
      "created_at": "Tue Mar 21 05:09:47 +0000 2023",
      "favorited": false,
      "full_text": "There's a particular quiet right before sunrise on a minus tide. The swell is low, the gulls haven't started, and you can hear the barnacles ticking as the water drains out of them. If you've heard it, you know.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1637187092609922128"
          ],
          "editableUntil": "2023-03-18T21:19:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sea Star Watch NW",
            "screen_name": "seastarwatchnw",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1500000000000079290",
            "id": "1500000000000079290"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "0",
      "id_str": "1637187092609922128",
      "truncated": false,
      "retweet_count": "11",
      "id": "1637187092609922128",
      "created_at": "Sat Mar 18 20:19:55 +0000 2023",
      "favorited": false,
      "full_text": "RT @seastarwatchnw: Spring counts start this month! Huge thanks to last year's volunteers, who logged over 9,000 sea stars across 41 sites.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1635368928936266200"
          ],
          "editableUntil": "2023-03-13T20:55:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nell Varga-Sand",
            "screen_name": "nudibranchnell",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000063452",
            "id": "1500000000000063452"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "152"
      ],
      "favorite_count": "3",
      "id_str": "1635368928936266200",
      "truncated": false,
      "retweet_count": "0",
      "id": "1635368928936266200",
      "created_at": "Mon Mar 13 19:55:11 +0000 2023",
      "favorited": false,
      "full_text": "@nudibranchnell That's Triopha catalinae for sure. The orange-tipped knobs give it away. Gorgeous photo. The clown dorids are having a very good spring.",
      "lang": "en",
      "in_reply_to_screen_name": "nudibranchnell",
      "in_reply_to_user_id_str": "1500000000000063452",
      "in_reply_to_user_id": "1500000000000063452",
      "in_reply_to_status_id_str": "1635006541067439408",
      "in_reply_to_status_id": "1635006541067439408"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1634681151157925626"
          ],
          "editableUntil": "2023-03-11T23:22:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "8",
      "id_str": "1634681151157925626",
      "truncated": false,
      "retweet_count": "1",
      "id": "1634681151157925626",
      "created_at": "Sat Mar 11 22:22:12 +0000 2023",
      "favorited": false,
      "full_text": "Hermissenda in the bay today, a wisp of glass with orange racing stripes. The species got split and renamed a while back and I still write the old name in my notebook out of pure stubbornness.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1633352819276886181"
          ],
          "editableUntil": "2023-03-08T07:23:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "1",
      "id_str": "1633352819276886181",
      "truncated": false,
      "retweet_count": "0",
      "id": "1633352819276886181",
      "created_at": "Wed Mar 08 06:23:53 +0000 2023",
      "favorited": false,
      "full_text": "Found a ribbon of Doris montereyensis eggs coiled under a ledge like someone dropped a lemon-yellow party streamer and walked away. Nudibranch season is officially open.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1632088916096796083"
          ],
          "editableUntil": "2023-03-04T19:41:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/UGaqLUJz7s",
            "expanded_url": "https://example.org/fogbell-station/volunteer/spring-2023",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "139",
              "162"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "4",
      "id_str": "1632088916096796083",
      "truncated": false,
      "retweet_count": "2",
      "id": "1632088916096796083",
      "created_at": "Sat Mar 04 18:41:35 +0000 2023",
      "favorited": false,
      "full_text": "Spring volunteer survey schedule is posted: five weekends, all dawn lows, rain or shine unless there's lightning or a small-craft warning. https://t.co/UGaqLUJz7s",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631675324171130805"
          ],
          "editableUntil": "2023-03-03T16:18:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "188"
      ],
      "favorite_count": "1",
      "id_str": "1631675324171130805",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631675324171130805",
      "created_at": "Fri Mar 03 15:18:07 +0000 2023",
      "favorited": false,
      "full_text": "Spring shows up on the tide charts before it shows up in the air. First morning minus tide of the year on Saturday: -0.6 ft at 6:51am. Setting two alarms and a backup alarm for the alarms.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1630288725016398420"
          ],
          "editableUntil": "2023-02-27T20:28:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "23",
      "id_str": "1630288725016398420",
      "truncated": false,
      "retweet_count": "3",
      "id": "1630288725016398420",
      "created_at": "Mon Feb 27 19:28:16 +0000 2023",
      "favorited": false,
      "full_text": "Lab meeting agenda: quadrat photos, a spirited debate about whether the purple shore crabs have moved upshore, and whoever brought scones. Priorities &amp; all that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1629593460405919683"
          ],
          "editableUntil": "2023-02-25T22:25:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "201"
      ],
      "favorite_count": "63",
      "id_str": "1629593460405919683",
      "truncated": false,
      "retweet_count": "0",
      "id": "1629593460405919683",
      "created_at": "Sat Feb 25 21:25:32 +0000 2023",
      "favorited": false,
      "full_text": "A grad student asked if she could name the big leather star in pool 7. I said data points don't get names. It's called Dorothy now. I lost that argument in under a minute and honestly I'm fine with it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1628572440985251187"
          ],
          "editableUntil": "2023-02-23T02:48:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "1",
      "id_str": "1628572440985251187",
      "truncated": false,
      "retweet_count": "0",
      "id": "1628572440985251187",
      "created_at": "Thu Feb 23 01:48:22 +0000 2023",
      "favorited": false,
      "full_text": "Soaked to the knees, fingers numb, and I just watched a six-rayed star holding her brood under her body like a tiny cupped hand. Worth it. It is always, always worth it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1627747740156125377"
          ],
          "editableUntil": "2023-02-20T20:11:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "20",
      "id_str": "1627747740156125377",
      "truncated": false,
      "retweet_count": "1",
      "id": "1627747740156125377",
      "created_at": "Mon Feb 20 19:11:18 +0000 2023",
      "favorited": false,
      "full_text": "Nudibranch!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1626816785023377287"
          ],
          "editableUntil": "2023-02-18T06:32:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "193"
      ],
      "favorite_count": "4",
      "id_str": "1626816785023377287",
      "truncated": false,
      "retweet_count": "1",
      "id": "1626816785023377287",
      "created_at": "Sat Feb 18 05:32:01 +0000 2023",
      "favorited": false,
      "full_text": "Rule one of night lows: know where the water comes back in before you look at anything pretty. Rule two: you will forget rule one the moment a Dirona albolineata drifts into your headlamp beam.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1626063899063277645"
          ],
          "editableUntil": "2023-02-16T04:40:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Driftwood Lab",
            "screen_name": "driftwoodlab",
            "indices": [
              "21",
              "34"
            ],
            "id_str": "1500000000000023857",
            "id": "1500000000000023857"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/i1OAkcbajo",
            "expanded_url": "https://example.net/driftwood-lab/blog/why-winter-counts",
            "display_url": "example.net/driftwood-lab…",
            "indices": [
              "193",
              "216"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "216"
      ],
      "favorite_count": "14",
      "id_str": "1626063899063277645",
      "truncated": false,
      "retweet_count": "0",
      "id": "1626063899063277645",
      "created_at": "Thu Feb 16 03:40:19 +0000 2023",
      "favorited": false,
      "full_text": "Lovely write-up from @driftwoodlab on why winter surveys matter even when the data are ugly. The bit about consistent observers beating perfect conditions should be printed on every clipboard. https://t.co/i1OAkcbajo",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1624596463090806133"
          ],
          "editableUntil": "2023-02-12T03:29:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "223"
      ],
      "favorite_count": "28",
      "id_str": "1624596463090806133",
      "truncated": false,
      "retweet_count": "4",
      "id": "1624596463090806133",
      "created_at": "Sun Feb 12 02:29:15 +0000 2023",
      "favorited": false,
      "full_text": "Reminder that Cryptochiton stelleri, the gumboot chiton, can grow longer than your forearm and looks like a meatloaf that wandered off. It remains one of my favorite animals on the planet and I will not be taking questions.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1623809368388868806"
          ],
          "editableUntil": "2023-02-09T23:21:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Arrowood",
            "screen_name": "kelpcountkit",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1500000000000055533",
            "id": "1500000000000055533"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "0",
      "id_str": "1623809368388868806",
      "truncated": false,
      "retweet_count": "12",
      "id": "1623809368388868806",
      "created_at": "Thu Feb 09 22:21:37 +0000 2023",
      "favorited": false,
      "full_text": "RT @kelpcountkit: Bull kelp canopy in the January aerials looks thin along the whole reach. Not panicking, it's winter, but we want spring numbers before anyone says anything clever.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1622400279378524395"
          ],
          "editableUntil": "2023-02-06T02:02:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "185"
      ],
      "favorite_count": "1",
      "id_str": "1622400279378524395",
      "truncated": false,
      "retweet_count": "0",
      "id": "1622400279378524395",
      "created_at": "Mon Feb 06 01:02:24 +0000 2023",
      "favorited": false,
      "full_text": "The giant green anemone gets its color partly from its own pigment and partly from algae living inside its tissues. So it's a predator that also sunbathes. Deeply relatable in February.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1622108666200866555"
          ],
          "editableUntil": "2023-02-05T06:43:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "SeaStarWatch",
            "indices": [
              "170",
              "183"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "13",
      "id_str": "1622108666200866555",
      "truncated": false,
      "retweet_count": "1",
      "id": "1622108666200866555",
      "created_at": "Sun Feb 05 05:43:38 +0000 2023",
      "favorited": false,
      "full_text": "Counting Pisaster ochraceus in the rain tonight. 22 adults, 4 juveniles wedged into crevices, zero signs of wasting on this bench. Writing it down twice so I believe it. #SeaStarWatch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1620804740972298556"
          ],
          "editableUntil": "2023-02-01T16:22:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/gmP5oEKvej",
            "expanded_url": "https://example.net/gearlog/2023-rain-gear",
            "display_url": "example.net/gearlog/2023-…",
            "indices": [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "206"
      ],
      "favorite_count": "11",
      "id_str": "1620804740972298556",
      "truncated": false,
      "retweet_count": "0",
      "id": "1620804740972298556",
      "created_at": "Wed Feb 01 15:22:18 +0000 2023",
      "favorited": false,
      "full_text": "Rain gear review nobody asked for: the bib overalls survived a full season of kneeling on barnacles. The jacket did not. Full grievances at https://t.co/gmP5oEKvej if you're shopping before the spring lows.",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1620113167350843963"
          ],
          "editableUntil": "2023-01-30T18:34:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "0",
      "id_str": "1620113167350843963",
      "truncated": false,
      "retweet_count": "0",
      "id": "1620113167350843963",
      "created_at": "Mon Jan 30 17:34:14 +0000 2023",
      "favorited": false,
      "full_text": "Drafting a grant at the kitchen table while rain hammers the window, a jar of Nucella ostrina shells doing duty as a paperweight. This is the glamorous life they warned us about in undergrad.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1618669278197903781"
          ],
          "editableUntil": "2023-01-26T18:56:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/c8A3Ijn73X",
            "expanded_url": "https://example.org/fogbell-station/notes/2023-01-storm-survey",
            "display_url": "example.org/fogbell-stati…",
            "indices": [
              "168",
              "191"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "6",
      "id_str": "1618669278197903781",
      "truncated": false,
      "retweet_count": "5",
      "id": "1618669278197903781",
      "created_at": "Thu Jan 26 17:56:44 +0000 2023",
      "favorited": false,
      "full_text": "Storm damage notes from the south point are up. Short version: the mussel bed lost a piece the size of a kitchen table and the gooseneck barnacles could not care less. https://t.co/c8A3Ijn73X",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1618003327581342361"
          ],
          "editableUntil": "2023-01-24T22:50:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "195"
      ],
      "favorite_count": "6",
      "id_str": "1618003327581342361",
      "truncated": false,
      "retweet_count": "0",
      "id": "1618003327581342361",
      "created_at": "Tue Jan 24 21:50:29 +0000 2023",
      "favorited": false,
      "full_text": "King tides this week, so the big-wave photos are getting all the attention. The real story is the wrack line: shredded bull kelp stipes, a drift of Velella sails, and one very confused kelp crab.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1616452542396706760"
          ],
          "editableUntil": "2023-01-20T16:08:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "210"
      ],
      "favorite_count": "1",
      "id_str": "1616452542396706760",
      "truncated": false,
      "retweet_count": "1",
      "id": "1616452542396706760",
      "created_at": "Fri Jan 20 15:08:13 +0000 2023",
      "favorited": false,
      "full_text": "People ask why I count limpets. Because Lottia pelta is a tiny grazing tractor, and if the tractors vanish the whole bench goes green in a month. Also because someone has to, and I own the good clicker counter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1615803587098129478"
          ],
          "editableUntil": "2023-01-18T21:09:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gus Talavera-Pike",
            "screen_name": "gradstudentgus",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1500000000000039695",
            "id": "1500000000000039695"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "220"
      ],
      "favorite_count": "13",
      "id_str": "1615803587098129478",
      "truncated": false,
      "retweet_count": "1",
      "id": "1615803587098129478",
      "created_at": "Wed Jan 18 20:09:30 +0000 2023",
      "favorited": false,
      "full_text": "@gradstudentgus Yes, the aggregating anemones on the north bench are clones squaring off against the clone next door. Look for the bare strip between colonies. That's the demilitarized zone. Bring the hand lens tomorrow.",
      "lang": "en",
      "in_reply_to_screen_name": "gradstudentgus",
      "in_reply_to_user_id_str": "1500000000000039695",
      "in_reply_to_user_id": "1500000000000039695",
      "in_reply_to_status_id_str": "1615561995187486783",
      "in_reply_to_status_id": "1615561995187486783"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1614826972774564217"
          ],
          "editableUntil": "2023-01-16T04:28:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fogbell Marine Station",
            "screen_name": "fogbellmarine",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1500000000000031776",
            "id": "1500000000000031776"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1614826972774564217",
      "truncated": false,
      "retweet_count": "1",
      "id": "1614826972774564217",
      "created_at": "Mon Jan 16 03:28:47 +0000 2023",
      "favorited": false,
      "full_text": "RT @fogbellmarine: Volunteer orientation for the spring sea star counts is open! Two evenings, no experience needed, bring boots you don't love.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1613639024244275023"
          ],
          "editableUntil": "2023-01-12T21:48:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "206"
      ],
      "favorite_count": "18",
      "id_str": "1613639024244275023",
      "truncated": false,
      "retweet_count": "3",
      "id": "1613639024244275023",
      "created_at": "Thu Jan 12 20:48:18 +0000 2023",
      "favorited": false,
      "full_text": "Field notebook, verbatim: “Pisaster 14 total, 11 ochre morph, 3 purple. No lesions. Wind SW 20. Pen freezing.” Below that, a smear that was once a drawing of a chiton. I should really switch back to pencil.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1613241412616083134"
          ],
          "editableUntil": "2023-01-11T19:28:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "1",
      "id_str": "1613241412616083134",
      "truncated": false,
      "retweet_count": "1",
      "id": "1613241412616083134",
      "created_at": "Wed Jan 11 18:28:20 +0000 2023",
      "favorited": false,
      "full_text": "Fog again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1612306519029537279"
          ],
          "editableUntil": "2023-01-09T05:33:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "198"
      ],
      "favorite_count": "2",
      "id_str": "1612306519029537279",
      "truncated": false,
      "retweet_count": "2",
      "id": "1612306519029537279",
      "created_at": "Mon Jan 09 04:33:24 +0000 2023",
      "favorited": false,
      "full_text": "Winter tidepooling is a different sport. The lows fall after dark, the rain comes in sideways, and every Hemigrapsus nudus on the bench scuttles away from your headlamp like you insulted its family.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1610848964837793049"
          ],
          "editableUntil": "2023-01-05T05:01:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "215"
      ],
      "favorite_count": "11",
      "id_str": "1610848964837793049",
      "truncated": false,
      "retweet_count": "3",
      "id": "1610848964837793049",
      "created_at": "Thu Jan 05 04:01:36 +0000 2023",
      "favorited": false,
      "full_text": "First night low of the year: -1.9 ft at 7:48pm. Headlamps, gumboots, and a thermos of coffee that was cold by the second transect. Found three Leptasterias brooding under the same boulder. Happy new year, tiny moms.",
      "lang": "en"
    }
  }
]

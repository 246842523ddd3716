window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "Intertidal ecologist. Counting sea stars at dawn. Opinions are my own, the anemones' are theirs.",
        "website": "",
        "location": "Somewhere foggy"
      },
      "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1500000000000000001/mara.png",
      "headerMediaUrl": ""
    }
  }
]

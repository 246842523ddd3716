window.YTD.account.part0 = [
  {
    "account": {
      "email": "mara@example.invalid",
      "createdVia": "web",
      "username": "tidepoolmara",
      "accountId": "1500000000000000001",
      "createdAt": "2019-03-02T17:00:00.000Z",
      "accountDisplayName": "Mara Quillfeather 🌊"
    }
  }
]
